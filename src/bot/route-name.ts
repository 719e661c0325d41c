import type { TurnContext } from 'botbuilder';

const ROUTE_KEY = Symbol('voordeur.route');

/** Records which route handled the turn, for the turn's log line and metrics. */
export function setRoute(context: TurnContext, route: string): void {
  context.turnState.set(ROUTE_KEY, route);
}

/** The route that handled the turn, or `none`. */
export function routeOf(context: TurnContext): string {
  return (context.turnState.get(ROUTE_KEY) as string | undefined) ?? 'none';
}
