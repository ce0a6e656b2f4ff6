"use client";

import { usePathname, useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { filtersToSearchParams, SEGMENT_STATUS_FILTERS, segmentFiltersSchema, type SegmentFilters } from "@/lib/documents/schema";
import { MQM_SEVERITIES } from "@/lib/review/mqm-score";
import { MQM_CATEGORIES } from "@/lib/review/mqm-score";
import { categoryLabel, plural, STATUS_LABELS } from "./labels";
import { useListTotal } from "./list-total";

/** Filters live in the URL, so a filtered view can be shared; it works as a plain GET form too. */
export function FiltersBar({ filters, total }: { filters: SegmentFilters; total: number }) {
  const router = useRouter();
  const shownTotal = useListTotal(total);
  const pathname = usePathname();
  const apply = (form: HTMLFormElement) => {
    const values = segmentFiltersSchema.parse(Object.fromEntries(new FormData(form)));
    const query = filtersToSearchParams(values).toString();
    router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const change = (event: FormEvent<HTMLFormElement>) => {
    if (!(event.target instanceof HTMLInputElement && event.target.type === "search")) apply(event.currentTarget);
  };
  const isFiltered = filtersToSearchParams(filters).toString() !== "";
  return (
    <form className="filters" role="search" aria-label="Filter segments" method="get" onSubmit={submit} onChange={change}>
      <label>
        Search French or English
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Words or names" />
      </label>
      <label>
        Status
        <select name="status" defaultValue={filters.status ?? ""}>
          <option value="">Any status</option>
          {SEGMENT_STATUS_FILTERS.map((status) => <option key={status} value={status}>{STATUS_LABELS[status]}</option>)}
        </select>
      </label>
      <label>
        Issue category
        <select name="category" defaultValue={filters.category ?? ""}>
          <option value="">Any category</option>
          {MQM_CATEGORIES.map((category) => <option key={category.id} value={category.id}>{categoryLabel(category.id)}</option>)}
        </select>
      </label>
      <label>
        Issue severity
        <select name="severity" defaultValue={filters.severity ?? ""}>
          <option value="">Any severity</option>
          {MQM_SEVERITIES.map((severity) => <option key={severity.id} value={severity.id}>{severity.label}</option>)}
        </select>
      </label>
      <label className="choice">
        <input type="checkbox" name="low" value="1" defaultChecked={filters.low} />
        Low alignment confidence
      </label>
      <button type="submit" className="button secondary">Search</button>
      {isFiltered ? <a href={pathname} className="clear">Clear filters</a> : null}
      <span className="subtle" aria-live="polite">{plural(shownTotal, "segment")}{isFiltered ? " match" : ""}</span>
    </form>
  );
}
