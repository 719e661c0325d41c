// Type-only: the contracts' zod schemas stay out of the tab's bundle.
import type {
  EditorQuestionChange,
  EditorQuestionView,
  EditorQuestions,
  EditorialFeedback,
  EditorialUnanswered,
} from '../../../contracts';
import type { AdminApi } from '../admin-api';

export type { EditorQuestionView, EditorQuestions, EditorialFeedback, EditorialUnanswered };
export type QuestionFilter = 'open' | 'unread' | 'handled' | 'all';

const BASE = '/api/admin/editorial';

/** The day `days - 1` days before today, as YYYY-MM-DD (the browser's calendar). */
function dayBefore(days: number): string {
  const at = new Date();
  at.setDate(at.getDate() - (days - 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The editorial calls of /api/admin (src/contracts/editorial.ts). */
export const editorialApi = (api: AdminApi) => ({
  /** Verdicts over the last `days` days; 0 for all of them. */
  feedback: (days: number) =>
    api.get<EditorialFeedback>(`${BASE}/feedback${days > 0 ? `?from=${dayBefore(days)}` : ''}`),
  unanswered: (days: number) => api.get<EditorialUnanswered>(`${BASE}/unanswered?days=${days}`),
  questions: (status: QuestionFilter) => api.get<EditorQuestions>(`${BASE}/questions?status=${status}`),
  mark: (id: string, change: EditorQuestionChange) =>
    api.patch<EditorQuestionView>(`${BASE}/questions/${encodeURIComponent(id)}`, change),
  remove: (id: string) =>
    api.delete<{ id: string; deleted: true }>(`${BASE}/questions/${encodeURIComponent(id)}`),
});

export type EditorialApi = ReturnType<typeof editorialApi>;
