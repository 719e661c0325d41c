export { assessDanger, detectDanger } from './danger-detector';
export type { DangerKind } from './danger-kind';
