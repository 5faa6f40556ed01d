/**
 * A doc's plan for the server from the core's config resolution, the same on the desktop (paths on disk,
 * `file:` URIs) and in the browser (URI paths): only how a path becomes a URI differs.
 */
import { ConfigError, defaultPlan, type FilePlan, type PathOps } from '../core/index.js';
import type { DocPlan } from './service.js';

/** The defaults, without the CLI's `include` verdict: with no config (or a broken one) the `mlsd.include` setting decides. */
export function defaultDocPlan(): DocPlan {
  const { included: _included, include: _include, ...plan } = defaultPlan();
  return plan;
}

/** The plan `resolve` gives, or the defaults with the config's problems (one line each, never a stack trace). */
export async function docPlanOf(resolve: () => Promise<FilePlan>, path: PathOps, toUri: (path: string) => string): Promise<DocPlan> {
  try {
    const plan = await resolve();
    const cfg = plan.config;
    return {
      linter: plan.linter,
      defaults: plan.defaults,
      rules: plan.rules,
      // A config's `include` decides whether the doc is a design doc; without one, the `mlsd.include` setting.
      ...(cfg?.rc.include ? { included: plan.included } : {}),
      ignored: plan.ignored,
      configPath: cfg?.path,
      configUri: cfg ? toUri(cfg.path) : undefined,
      untrustedSchemas: !!cfg?.skippedSchemas,
      schemaFiles: cfg && !cfg.skippedSchemas ? (cfg.rc.schemas ?? []).map((s) => toUri(path.resolve(cfg.dir, s))) : undefined,
    };
  } catch (e) {
    // As the CLI: a ConfigError's own lines, anything else one line without a stack trace.
    const lines = e instanceof ConfigError ? e.lines : [`internal error: ${(e as Error).message}`];
    const configPath = e instanceof ConfigError ? e.file : undefined;
    return { ...defaultDocPlan(), configPath, configUri: configPath ? toUri(configPath) : undefined, problems: lines };
  }
}
