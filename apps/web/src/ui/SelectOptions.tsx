export interface SelectOption {
  value: string;
  label: string;
}

/** The <option>s of a <Select> from a list of value/label pairs (countries, types, languages…). */
export function SelectOptions({ options }: { options: readonly SelectOption[] }) {
  return (
    <>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}
