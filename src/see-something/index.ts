export { FLOW_TTL_MS, checkFlow, startFlow } from './flow';
export type { FlowOutcome, SeeSomethingFlow, SeeSomethingFlowRepository } from './flow';
export { handoverState, handoverTarget, noticeFailedHandover, sendHandover, teamOfPerson } from './handover';
export type { HandoverOutbox, HandoverTarget } from './handover';
export { LIMITS, SIGNAL_CHOICES, choiceTitle, composeNote } from './note';
export type { Note, SignalChoice } from './note';
