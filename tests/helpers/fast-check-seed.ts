/**
 * Property tests run on a fixed seed, so `npm test` gives the same answer on every machine (the
 * style guide: seeded data for every test). Set FC_SEED to explore other cases locally; a failure
 * prints its seed and counterexample to replay.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });
