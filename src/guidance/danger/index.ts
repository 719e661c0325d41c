export { assessDanger, detectDanger, type DangerAssessment } from './danger-detector';
export type { DangerKind } from './danger-kind';
export { DANGER_KINDS } from './danger-kind';
