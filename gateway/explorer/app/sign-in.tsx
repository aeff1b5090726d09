import { Button, pick, tryParseJSONC, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { useState } from 'react';
import type { ExplorerDevConfig, PersonaOperationChoice, RoleGrantChoice, ScopeKind } from '../page-config';

const SCOPE_FIELD: Record<ScopeKind, 'compoundId' | 'companyId' | 'enterpriseId'> = {
  compound: 'compoundId',
  company: 'companyId',
  enterprise: 'enterpriseId',
};

interface TokenRequest {
  roles?: RoleGrantChoice[];
  residentId?: string;
  persona?: string;
}

/** Asks the gateway's dev token endpoint for a token (development only; see gateway/explorer/dev-tokens.ts). */
async function fetchToken(dev: ExplorerDevConfig, request: TokenRequest): Promise<string> {
  const response = await fetch(dev.tokenPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] };
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `The token endpoint answered ${response.status}`);
  return body.token;
}

/** The headers text with `Authorization` set, keeping any other header already there. */
function withAuthorization(headers: string, token: string): string {
  const current = tryParseJSONC(headers) ?? {};
  const others = Object.fromEntries(Object.entries(current).filter(([name]) => name.toLowerCase() !== 'authorization'));
  return JSON.stringify({ ...others, Authorization: `Bearer ${token}` }, null, 2);
}

const describeGrant = (dev: ExplorerDevConfig, grant: RoleGrantChoice) => {
  const kind = dev.roles.find((r) => r.role === grant.role)?.scope;
  const id = kind ? grant[SCOPE_FIELD[kind]] : undefined;
  const place = kind && dev.scopes[kind].find((s) => s.id === id);
  return place ? `${grant.role} · ${place.name}` : grant.role;
};

function SignIn({ dev }: { dev: ExplorerDevConfig }) {
  const [grants, setGrants] = useState<RoleGrantChoice[]>([{ role: 'analyst' }]);
  const [residentId, setResidentId] = useState('');
  const [status, setStatus] = useState<{ text: string; failed?: boolean }>({ text: 'Anonymous: no Authorization header yet.' });
  const { headerEditor, queryEditor, variableEditor } = useGraphiQL(pick('headerEditor', 'queryEditor', 'variableEditor'));
  const actions = useGraphiQLActions();

  const setHeaders = (token: string) => {
    const headers = withAuthorization(headerEditor?.getValue() ?? '', token);
    if (headerEditor) headerEditor.setValue(headers);
    else actions.updateActiveTabValues({ headers });
  };

  const signIn = async () => {
    try {
      const token = await fetchToken(dev, { roles: grants, residentId: residentId.trim() || undefined });
      setHeaders(token);
      setStatus({ text: `Signed in as ${grants.map((g) => describeGrant(dev, g)).join(', ')}.` });
    } catch (error) {
      setStatus({ text: (error as Error).message, failed: true });
    }
  };

  const open = async (operation: PersonaOperationChoice) => {
    try {
      const token = await fetchToken(dev, { persona: operation.persona });
      actions.addTab();
      queryEditor?.setValue(operation.source);
      variableEditor?.setValue(JSON.stringify(operation.variables, null, 2));
      setHeaders(token);
      setStatus({ text: `${operation.name} opened as the ${operation.persona} persona.` });
    } catch (error) {
      setStatus({ text: (error as Error).message, failed: true });
    }
  };

  const fillFromPersona = (key: string) => {
    const persona = dev.personas.find((p) => p.key === key);
    if (!persona) return;
    setGrants(persona.grants.map((g) => ({ ...g })));
    setResidentId(persona.residentId ?? '');
  };

  const update = (index: number, grant: RoleGrantChoice) => setGrants(grants.map((g, i) => (i === index ? grant : g)));
  const personas = [...new Set(dev.operations.map((o) => o.persona))];

  return (
    <div className="doorstep-sign-in">
      <div className="graphiql-doc-explorer-title">Sign in as</div>
      <p>
        Development only: the gateway signs a token with the dev identity provider&apos;s key and this panel puts it in the tab&apos;s{' '}
        <code>Authorization</code> header.
      </p>
      <label>
        Persona
        <select aria-label="Persona" defaultValue="" onChange={(e) => fillFromPersona(e.target.value)}>
          <option value="" disabled>
            fill the roles of…
          </option>
          {dev.personas.map((p) => (
            <option key={p.key} value={p.key}>
              {p.key}
            </option>
          ))}
        </select>
      </label>
      {grants.map((grant, index) => {
        const kind = dev.roles.find((r) => r.role === grant.role)?.scope;
        return (
          <div className="doorstep-grant" key={index}>
            <select
              aria-label={`Role ${index + 1}`}
              value={grant.role}
              onChange={(e) => {
                const next = dev.roles.find((r) => r.role === e.target.value)?.scope;
                update(index, { role: e.target.value, ...(next ? { [SCOPE_FIELD[next]]: dev.scopes[next][0]?.id } : {}) });
              }}
            >
              {dev.roles.map((r) => (
                <option key={r.role} value={r.role}>
                  {r.role}
                </option>
              ))}
            </select>
            {kind && (
              <select
                aria-label={`Scope ${index + 1}`}
                value={grant[SCOPE_FIELD[kind]] ?? ''}
                onChange={(e) => update(index, { role: grant.role, [SCOPE_FIELD[kind]]: e.target.value })}
              >
                {dev.scopes[kind].map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} {s.nameZh}
                  </option>
                ))}
              </select>
            )}
            {grants.length > 1 && (
              <Button aria-label={`Remove role ${index + 1}`} onClick={() => setGrants(grants.filter((_, i) => i !== index))}>
                −
              </Button>
            )}
          </div>
        );
      })}
      <Button onClick={() => setGrants([...grants, { role: 'analyst' }])}>Add a role</Button>
      <label>
        Resident id (resident, owner)
        <input aria-label="Resident id" value={residentId} placeholder="optional" onChange={(e) => setResidentId(e.target.value)} />
      </label>
      <Button className="doorstep-primary" onClick={() => void signIn()}>
        Sign in
      </Button>
      <p role="status" className={status.failed ? 'doorstep-failed' : undefined}>
        {status.text}
      </p>
      <div className="graphiql-doc-explorer-title">Persona operations</div>
      <p>
        The front ends&apos; operations in <code>operations/</code>, each opened in a new tab with its variables from the demo and its
        persona&apos;s token.
      </p>
      {personas.map((persona) => (
        <section key={persona}>
          <h3>{persona}</h3>
          <ul>
            {dev.operations
              .filter((o) => o.persona === persona)
              .map((o) => (
                <li key={o.name}>
                  <Button title={o.file} onClick={() => void open(o)}>
                    {o.name}
                  </Button>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <p>
        <a href={dev.sandboxUrl}>Apollo Sandbox</a> is still there; the browser loads it from Apollo&apos;s CDN.
      </p>
    </div>
  );
}

function KeyIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l9-9M16 7l3 3M14 9l2 2" />
    </svg>
  );
}

/** The role picker and the persona operations, as a GraphiQL sidebar plugin. */
export function signInPlugin(dev: ExplorerDevConfig): GraphiQLPlugin {
  return { title: 'Sign in as', icon: KeyIcon, content: () => <SignIn dev={dev} /> };
}
