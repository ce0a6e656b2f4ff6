import styles from "./import.module.css";

type Props = {
  side: "source" | "target";
  language: "French" | "English";
  lang: "fr" | "en";
  errors?: string[];
};

/** One side of the import: a paste area and, as the alternative, a .txt/.md file. */
export function SideInput({ side, language, lang, errors }: Props) {
  const errorId = `${side}-errors`;
  const hasErrors = Boolean(errors?.length);
  return (
    <fieldset className={styles.side}>
      <legend>{language === "French" ? "French original (source)" : "English adaptation (target)"}</legend>
      <label>
        {language} text
        <textarea name={`${side}Text`} lang={lang} rows={12} aria-invalid={hasErrors} aria-describedby={hasErrors ? errorId : undefined} />
      </label>
      <label>
        or upload the {language} file (.txt or .md)
        <input type="file" name={`${side}File`} accept=".txt,.md,.markdown,text/plain,text/markdown" aria-describedby={hasErrors ? errorId : undefined} />
      </label>
      {hasErrors ? (
        <p id={errorId} className="error">{errors!.join(" ")}</p>
      ) : null}
    </fieldset>
  );
}
