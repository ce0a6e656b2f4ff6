import Link from "next/link";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { MQM_CATEGORIES, MQM_SEVERITIES } from "@/lib/review/mqm-score";

type Props = {
  values: Record<string, string | undefined>;
  documents: { id: string; title: string }[];
  authors: { id: string; name: string }[];
};

/** A plain GET form: the filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function QueueFilters({ values, documents, authors }: Props) {
  return (
    <form method="get" action="/review" className="filters" aria-label="Filter the review queue">
      <FilterSelect name="documentId" label="Document" value={values.documentId} options={documents.map((d) => ({ id: d.id, label: d.title }))} />
      <FilterSelect name="authorId" label="Author" value={values.authorId} options={authors.map((a) => ({ id: a.id, label: a.name }))} />
      <FilterSelect name="category" label="Issue category" value={values.category} options={MQM_CATEGORIES.map((c) => ({ id: c.id, label: c.dimension === c.label ? c.label : `${c.dimension}: ${c.label}` }))} />
      <FilterSelect name="severity" label="Issue severity" value={values.severity} options={MQM_SEVERITIES.map((s) => ({ id: s.id, label: s.label }))} />
      <button type="submit" className="button">Filter</button>
      <Link href="/review" className="clear">Clear</Link>
    </form>
  );
}
