/** mlsd-lint as a library: the pure core. */
export * from './core/index.js';
