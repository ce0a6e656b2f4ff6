import Link from "next/link";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { describeAuditAction } from "@/lib/audit/labels";

type Props = {
  values: Record<string, string | undefined>;
  users: { id: string; name: string; email: string }[];
  actions: string[];
  documents: { id: string; title: string }[];
};

/** A plain GET form: the filters live in the URL, so a filtered view can be shared. */
export function AuditFilters({ values, users, actions, documents }: Props) {
  return (
    <form method="get" action="/audit" className="filters" aria-label="Filter the audit log">
      <FilterSelect name="actorId" label="Who" value={values.actorId} options={users.map((user) => ({ id: user.id, label: `${user.name} (${user.email})` }))} />
      <FilterSelect name="action" label="Action" value={values.action} options={actions.map((action) => ({ id: action, label: describeAuditAction(action) }))} />
      <FilterSelect name="documentId" label="Document" value={values.documentId} options={documents.map((document) => ({ id: document.id, label: document.title }))} />
      <label>
        From
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
      <button type="submit" className="button">Filter</button>
      <Link href="/audit" className="clear">Clear</Link>
    </form>
  );
}
