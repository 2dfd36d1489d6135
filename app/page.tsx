import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { landingPath } from "@/lib/auth/callback-url";

/** The home page has nothing of its own: members land on My work, everyone else on the list. */
export default async function Home() {
  const user = await getCurrentUser();
  redirect(user ? landingPath(user) : "/login");
}
