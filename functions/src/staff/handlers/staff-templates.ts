import { type routes, type SessionTemplate, toDomainSessionTemplate } from "@front-door/contracts";
import { Unprocessable, validateSessionTemplate } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  publishSessionTemplates,
  putSessionTemplate,
  type SessionTemplateRecord,
  sessionTemplatesOfSite,
} from "@front-door/store";
import { ownSite, type StaffDeps } from "./staff-shared.ts";

const toApiTemplate = ({ updatedAt: _updatedAt, ...template }: SessionTemplateRecord) => template;

/** Creates or replaces a session template at the receptionist's own site (from the token). */
export function makeStaffTemplatePut(
  deps: StaffDeps,
): RouteHandler<typeof routes.staffTemplatePut> {
  return async ({ principal, params, body }) => {
    const site = await ownSite(deps, principal.siteId);
    if (!site.services.includes(body.service)) {
      throw new Unprocessable(
        "Your site does not offer that service, so it cannot have sessions for it",
        "service_not_offered",
        [{ path: "service", message: "Choose a service your site offers" }],
      );
    }
    const template: SessionTemplate = { ...body, id: params.templateId, siteId: site.id };
    validateSessionTemplate(toDomainSessionTemplate(template));
    const saved = await putSessionTemplate(deps.db, deps.tableName, template, deps.now());
    return { body: toApiTemplate(saved) };
  };
}

/** The caller's own site's templates: a request cannot name another site. */
export function makeStaffTemplatesList(
  deps: StaffDeps,
): RouteHandler<typeof routes.staffTemplatesList> {
  return async ({ principal }) => {
    const templates = await sessionTemplatesOfSite(deps.db, deps.tableName, principal.siteId);
    templates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { body: { templates: templates.map(toApiTemplate) } };
  };
}

/**
 * Publishes the site's templates for London dates from–to. Slot ids are deterministic, so a
 * second publish of the same range creates nothing and counts nothing.
 */
export function makeStaffPublish(deps: StaffDeps): RouteHandler<typeof routes.staffPublish> {
  return async ({ principal, body }) => {
    const site = await ownSite(deps, principal.siteId);
    const templates = await sessionTemplatesOfSite(deps.db, deps.tableName, site.id);
    if (templates.length === 0) {
      throw new Unprocessable(
        "Your site has no session templates yet. Add one before publishing slots.",
        "no_session_templates",
      );
    }
    const result = await publishSessionTemplates(
      deps.db,
      deps.tableName,
      site,
      templates,
      body.from,
      body.to,
    );
    return { body: result };
  };
}
