export type FilterOption = { id: string; label: string };

/** A filter form's drop-down whose empty choice is "Any"; its value travels in the URL (GET form). */
export function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string; options: FilterOption[] }) {
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
