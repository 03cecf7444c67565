// Module resolution hook (registered by ./register.mjs): "server-only" is
// resolved with React's "react-server" condition, which picks its empty
// module. Everything else resolves as usual.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
