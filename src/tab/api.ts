import type { Profile } from '../checklists/types';
// Type-only: the contracts' zod schemas stay out of the tab's bundle.
import type {
  ChangeBody,
  ChecklistChange,
  ChecklistView,
  ClaimDecisionBody,
  ErrorBody,
  MyTraining,
  RollbackBody,
  TeamTraining,
  VersionEntry,
  Versions,
} from '../contracts';

export type { ChecklistView, MyTraining, TeamTraining, VersionEntry };

/** An API refusal: `status` 409 means someone else saved (or decided) first. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The tab's client for /api/tab/*, carrying the Teams SSO token. */
export class TabApi {
  constructor(private readonly token: string) {}

  private async call<T>(
    path: string,
    init: { method?: string; body?: ChangeBody | RollbackBody | ClaimDecisionBody } = {},
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
      throw new ApiError(res.status, body.error?.message ?? res.statusText);
    }
    return (await res.json()) as T;
  }

  private team(teamId: string, rest: string, profile: Profile): string {
    return `/api/tab/teams/${encodeURIComponent(teamId)}/checklist${rest}?profile=${profile}`;
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
