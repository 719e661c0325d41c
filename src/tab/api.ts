import type { Profile } from '../checklists/types';
// Type-only: the contracts' zod schemas stay out of the tab's bundle.
import type {
  ChangeBody,
  ChecklistChange,
  ChecklistView,
  ClaimDecisionBody,
  ErrorBody,
  Me,
  MyTraining,
  RollbackBody,
  SignalSearch,
  SignalSearchBody,
  TeamTraining,
  VersionEntry,
  Versions,
} from '../contracts';

export type { ChecklistView, Me, MyTraining, SignalSearch, TeamTraining, VersionEntry };

/** One problem with one field of a form, by its path in the request body (`change.manager.phone`). */
export type FieldProblem = NonNullable<ErrorBody['error']['problems']>[number];

/**
 * An API refusal: `status` 409 means someone else saved (or decided) first, 403 that the caller may not see
 * this; `problems` lists a form's field problems (400).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** The tab's client for /api/tab/*, carrying the Teams SSO token. */
export class TabApi {
  constructor(private readonly token: string) {}

  private async call<T>(
    path: string,
    init: { method?: string; body?: ChangeBody | RollbackBody | ClaimDecisionBody | SignalSearchBody } = {},
  ): Promise<T> {
    const res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as Partial<ErrorBody>;
      throw new ApiError(res.status, body.error?.message ?? res.statusText, body.error?.problems);
    }
    return (await res.json()) as T;
  }

  private team(teamId: string, rest: string, profile: Profile): string {
    return `/api/tab/teams/${encodeURIComponent(teamId)}/checklist${rest}?profile=${profile}`;
  }

  me(): Promise<Me> {
    return this.call('/api/tab/me');
  }

  /** Finds signals of the team's checklist (or, without a team, the profile's) by everyday words. */
  search(teamId: string | undefined, profile: Profile, body: SignalSearchBody): Promise<SignalSearch> {
    const path = teamId
      ? this.team(teamId, '/search', profile)
      : `/api/tab/checklist/search?profile=${profile}`;
    return this.call(path, { method: 'POST', body });
  }

  personal(profile: Profile): Promise<ChecklistView> {
    return this.call(`/api/tab/checklist?profile=${profile}`);
  }

  teamChecklist(teamId: string, profile: Profile): Promise<ChecklistView> {
    return this.call(this.team(teamId, '', profile));
  }

  change(
    teamId: string,
    profile: Profile,
    expectedVersion: number,
    change: ChecklistChange,
  ): Promise<ChecklistView> {
    const body: ChangeBody = { expectedVersion, change };
    return this.call(this.team(teamId, '/changes', profile), { method: 'POST', body });
  }

  rollback(
    teamId: string,
    profile: Profile,
    expectedVersion: number,
    toVersion: number,
  ): Promise<ChecklistView> {
    const body: RollbackBody = { expectedVersion, toVersion };
    return this.call(this.team(teamId, '/rollback', profile), { method: 'POST', body });
  }

  async versions(teamId: string): Promise<VersionEntry[]> {
    const body = await this.call<Versions>(this.team(teamId, '/versions', 'gemengd'));
    return body.versions;
  }

  teamTraining(teamId: string): Promise<TeamTraining> {
    return this.call(`/api/tab/teams/${encodeURIComponent(teamId)}/training`);
  }

  /** Confirms or rejects a member's claim; answers the team's status after the decision. */
  decideClaim(
    teamId: string,
    aadObjectId: string,
    courseId: string,
    decision: ClaimDecisionBody['decision'],
  ): Promise<TeamTraining> {
    const path = [teamId, aadObjectId, courseId].map(encodeURIComponent);
    const body: ClaimDecisionBody = { decision };
    return this.call(`/api/tab/teams/${path[0]}/training/claims/${path[1]}/${path[2]}`, {
      method: 'POST',
      body,
    });
  }

  myTraining(): Promise<MyTraining> {
    return this.call('/api/tab/me/training');
  }
}
