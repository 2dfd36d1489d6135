import type { UserRole } from "../schema";

/** Demo accounts for the embedded default (and for DATABASE_URL with SEED_DEMO=true). */
export const DEMO_PASSWORD = "twincity-demo";

export interface DemoUser {
  email: string;
  name: string;
  role: UserRole;
  agencyKey: string | null;
}

export const demoUsers: DemoUser[] = [
  { email: "admin@demo.local", name: "Alex Admin", role: "admin", agencyKey: null },
  { email: "coordinator@demo.local", name: "Casey Coordinator", role: "coordinator", agencyKey: null },
  { email: "sz.member@demo.local", name: "Li Wei", role: "member", agencyKey: "sz-stic" },
  { email: "hk.member@demo.local", name: "Chan Ka-yan", role: "member", agencyKey: "hk-itib" },
  { email: "viewer@demo.local", name: "Vivian Viewer", role: "viewer", agencyKey: null },
];
