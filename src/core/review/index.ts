export * from './types';
export { achievement, statusOf, diagnose, type Hint } from './diagnose';
export { hintSentence } from './hintText';
export { reviewRows } from './rows';
export { actionStatus, carryOver, completionRate, isBlankAction } from './actions';
export { resolveReviewWeek, isReviewWeek } from './week';
export { readReviewTab, type ReadReviewTab } from './readTab';
export { findReviewTabs, type ReviewTab } from './findTabs';
export {
  reviewSpec,
  reviewBlockers,
  damagedTree,
  type ReviewSheets,
  type ReviewSpecInput,
} from './reviewSpec';
export { reviewStatus, reviewWeekChoices, type ReviewStatus } from './status';
