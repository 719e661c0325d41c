export { createPrivacyGuard, isBsn, isIban } from './privacy-guard';
export type { PersonalDataKind, PrivacyGuard } from './privacy-guard';
