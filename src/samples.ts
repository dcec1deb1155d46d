/** The sample plans (an enterprise deal, a hiring plan, a go-live plan), kept out of the main entry. */
export * from './model/samples/index.js';
