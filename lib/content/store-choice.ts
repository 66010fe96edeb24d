/**
 * Where this build reads article bodies and histories: the content build's
 * files, or PostgreSQL when the build had DATABASE_URL. next.config.js works
 * it out and inlines CONTENT_STORE, so a deploy that does not carry the files
 * never looks for them, and one that does never needs a database.
 */
export const usesDatabase = () => process.env.CONTENT_STORE === 'postgres'
