import { neutralErrorFetch, type WebFetch } from './neutral-error-fetch';

const QUESTION = 'mijn buurvrouw Fatima wordt geslagen';
/** What a LiteLLM-style proxy answers: the request's messages quoted in the error. */
const quoting = (status: number, headers: Record<string, string> = {}): WebFetch => {
  return () =>
    Promise.resolve(
      new Response(
        JSON.stringify({ error: { message: `Invalid request: [{"role":"user","content":"${QUESTION}"}]` } }),
        {
          status,
          headers: { 'content-type': 'application/json', 'x-litellm-call-id': QUESTION, ...headers },
        },
      ),
    );
};

describe('neutralErrorFetch', () => {
  it.each([400, 401, 404, 422, 429, 500, 503])('replaces the body and headers of a %i', async (status) => {
    const response = await neutralErrorFetch(quoting(status))('http://model/v1/chat/completions', {});
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: { message: `upstream ${status}` } });
    const headers: string[] = [];
    response.headers.forEach((value, name) => void headers.push(`${name}: ${value}`));
    expect(headers).toEqual(['content-type: application/json']);
  });

  it('keeps retry-after', async () => {
    const response = await neutralErrorFetch(quoting(429, { 'retry-after': '7' }))('http://model', {});
    expect(response.headers.get('retry-after')).toBe('7');
  });

  it('passes a JSON success through, and turns one that is not JSON into a neutral 502', async () => {
    const body = JSON.stringify({
      choices: [{ message: { role: 'assistant', content: '{"outOfScope": true}' } }],
    });
    const ok: WebFetch = () => Promise.resolve(new Response(body, { status: 200 }));
    const passed = await neutralErrorFetch(ok)('http://model', {});
    expect(passed.status).toBe(200);
    expect(await passed.text()).toBe(body);

    const broken: WebFetch = () => Promise.resolve(new Response(`{"choices": ${QUESTION}`, { status: 200 }));
    const replaced = await neutralErrorFetch(broken)('http://model', {});
    expect(replaced.status).toBe(502);
    expect(await replaced.text()).not.toContain(QUESTION);
  });

  it('passes the request on as it came', async () => {
    const inner = jest.fn<ReturnType<WebFetch>, Parameters<WebFetch>>(() =>
      Promise.resolve(new Response('{}')),
    );
    const init = { method: 'POST', body: '{}' };
    await neutralErrorFetch(inner)('http://model/v1/chat/completions', init);
    expect(inner).toHaveBeenCalledWith('http://model/v1/chat/completions', init);
  });
});
