// Imported first by the bench: the app runs there as the image runs it (the Dockerfile sets NODE_ENV=production
// in the environment), not only with a production configuration. graphql-js reads NODE_ENV once, when it
// loads, and without it checks every value it completes against other copies of itself (`instanceOf`).
process.env.NODE_ENV = 'production';
