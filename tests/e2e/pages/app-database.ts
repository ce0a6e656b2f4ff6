import { inject } from "vitest";
import { mintViewer, type Viewer } from "@/lib/auth/permissions";
import { withDatabase } from "../../setup/database-url";

/**
 * Points this test process at the database the e2e app server uses (the setup names it after the
 * main Vitest process: recto_t_<pid>_e2e) and returns a viewer for a demo account, so a spec
 * can arrange data through lib use cases the way the UI would.
 */
export async function openAppDatabase(email: string): Promise<{ viewer: Viewer; disconnect: () => Promise<void> }> {
  process.env.DATABASE_URL = withDatabase(inject("testServerUrl"), `recto_t_${process.ppid}_e2e`);
  const { getPrisma } = await import("@/lib/db/client");
  const user = await getPrisma().user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, name: true } });
  return { viewer: mintViewer(user), disconnect: () => getPrisma().$disconnect() };
}
