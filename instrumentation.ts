// Runs once when the server starts. Starts the publishing scheduler: anything
// overdue (say, after a restart) is published at once, and then due articles
// go live, or come down, within 15 seconds of their time. Schedules live in
// the database, so nothing is lost across restarts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SAPO_SCHEDULER === "off") return;
  const { startScheduler } = await import("./lib/articles/scheduler");
  startScheduler();
}
