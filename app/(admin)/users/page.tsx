import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { findSelfApprovalSettings } from "@/lib/documents/lifecycle";
import { findUsers } from "@/lib/users/queries";
import { CreateUserForm } from "./_components/create-user-form";
import { SelfApprovalSettings } from "./_components/self-approval-settings";
import { UserRow } from "./_components/user-row";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) {
    forbidden();
  }
  const [users, documents] = await Promise.all([findUsers({ viewer }), findSelfApprovalSettings({ viewer })]);
  return (
    <main>
      <h1>Users</h1>
      <p className="subtle">Create accounts, set roles, reset passwords, deactivate people who left. Every change is in the audit log.</p>
      <CreateUserForm />
      <table className="list users-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === viewer.userId} />
          ))}
        </tbody>
      </table>
      <SelfApprovalSettings documents={documents} />
    </main>
  );
}
