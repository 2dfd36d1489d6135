import { getCurrentUser } from "@/lib/auth/session";
import { AdminTabs } from "./_components/admin-tabs";
import { mayAdminister } from "./_components/admin-only";

/** The section tabs, for administrators only; each page checks permission itself as well. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="space-y-5">
      {user && mayAdminister(user, "user.manage") ? <AdminTabs /> : null}
      {children}
    </div>
  );
}
