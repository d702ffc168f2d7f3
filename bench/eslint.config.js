// ESLint 10 looks for the config nearest to each file, so bench/ needs one: the project's own
// rules, minus the generated bundles (.out/) and results. The project's config lives at the root.
import project from '../eslint.config.js';

export default [{ ignores: ['.out/', 'results/'] }, ...project];
