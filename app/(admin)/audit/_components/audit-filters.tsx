import Link from "next/link";
import { describeAuditAction } from "@/lib/review/audit-labels";

type Option = { id: string; label: string };
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
      <Select name="actorId" label="Who" value={values.actorId} options={users.map((user) => ({ id: user.id, label: `${user.name} (${user.email})` }))} />
      <Select name="action" label="Action" value={values.action} options={actions.map((action) => ({ id: action, label: describeAuditAction(action) }))} />
      <Select name="documentId" label="Document" value={values.documentId} options={documents.map((document) => ({ id: document.id, label: document.title }))} />
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

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: Option[] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {options.map((option) => <option key={option.id} value={option.id}>{option.label}</option>)}
      </select>
    </label>
  );
}
