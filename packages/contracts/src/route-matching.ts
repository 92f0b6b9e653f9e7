import type { HttpMethod, RouteDefinition } from "./route-definition.ts";

export type RouteMatch =
  | { kind: "matched"; route: RouteDefinition; pathParameters: Record<string, string> }
  | { kind: "wrong-method"; allowed: HttpMethod[] }
  | { kind: "no-route" };

interface CompiledRoute {
  route: RouteDefinition;
  segments: Segment[];
  /** API Gateway prefers the most specific route: more literal segments win. */
  literals: number;
  /** Ends in `{name+}`: takes the rest of the path, however many segments. */
  greedy: boolean;
}

type Segment =
  | { kind: "literal"; text: string }
  | { kind: "param"; name: string }
  | { kind: "greedy"; name: string };

/**
 * Matches method and path the way API Gateway HTTP APIs do for the route table's path syntax:
 * `{name}` takes exactly one non-empty segment, `{name+}` the rest of the path; no trailing-
 * slash or case folding, so a path that works here works there.
 */
export function createRouteMatcher(routes: readonly RouteDefinition[]) {
  const compiled = routes
    .map(compile)
    .sort((a, b) => b.literals - a.literals || b.segments.length - a.segments.length);

  return (method: string, rawPath: string): RouteMatch => {
    const raw = rawPath.split("/").slice(1);
    // Each segment decoded once for every route it is compared with (a hundred routes or so).
    const parts = { raw, decoded: raw.map(decode) };
    const allowed = new Set<HttpMethod>();
    for (const candidate of compiled) {
      const params = matchSegments(candidate, parts);
      if (!params) continue;
      if (candidate.route.method === method) {
        return { kind: "matched", route: candidate.route, pathParameters: params };
      }
      allowed.add(candidate.route.method);
    }
    return allowed.size > 0
      ? { kind: "wrong-method", allowed: [...allowed] }
      : { kind: "no-route" };
  };
}

function compile(route: RouteDefinition): CompiledRoute {
  const segments = route.path
    .split("/")
    .slice(1)
    .map((part): Segment => {
      const param = /^\{([A-Za-z0-9_]+)(\+?)\}$/.exec(part);
      if (!param) return { kind: "literal", text: part };
      return param[2]
        ? { kind: "greedy", name: param[1] as string }
        : { kind: "param", name: param[1] as string };
    });
  return {
    route,
    segments,
    literals: segments.filter((s) => s.kind === "literal").length,
    greedy: segments.some((s) => s.kind === "greedy"),
  };
}

function matchSegments(
  route: CompiledRoute,
  parts: { raw: string[]; decoded: string[] },
): Record<string, string> | undefined {
  const { segments } = route;
  // Without a greedy segment a route takes exactly as many segments as it has.
  if (!route.greedy && parts.raw.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as Segment;
    const part = parts.raw[index];
    if (segment.kind === "greedy") {
      const rest = parts.raw.slice(index).join("/");
      if (rest === "") return undefined;
      params[segment.name] = decode(rest);
      return params;
    }
    if (part === undefined) return undefined;
    if (segment.kind === "literal") {
      if (parts.decoded[index] !== segment.text) return undefined;
    } else {
      if (part === "") return undefined;
      params[segment.name] = parts.decoded[index] as string;
    }
  }
  return params;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Malformed escapes reach the handler as written, as they would in AWS.
    return text;
  }
}

/**
 * The answer to a request no route takes, the same from API Gateway's catch-all route and from
 * the local runner: 405 with the methods the path does answer, or 404.
 */
export function unmatchedRequest(
  found: Exclude<RouteMatch, { kind: "matched" }>,
  method: string,
  path: string,
): {
  status: 404 | 405;
  code: "not_found" | "method_not_allowed";
  message: string;
  allow?: string;
} {
  if (found.kind === "wrong-method") {
    const allow = [...found.allowed].sort().join(", ");
    return {
      status: 405,
      code: "method_not_allowed",
      message: `${path} answers ${allow}, not ${method}`,
      allow,
    };
  }
  return { status: 404, code: "not_found", message: `No route for ${method} ${path}` };
}
