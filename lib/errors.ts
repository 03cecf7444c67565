// An error whose message is written for the person using Sapo. Server actions
// return its message as a refusal instead of failing (lib/actions/action.ts).
export class UserError extends Error {}
