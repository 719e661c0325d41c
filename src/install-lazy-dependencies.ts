// Imported first by src/index.ts (a side-effect import runs in order; a call after the imports would come too late).
import { installLazyDependencies } from './lazy-dependencies';

installLazyDependencies();
