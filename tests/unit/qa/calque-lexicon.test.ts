import { describe, expect, it } from "vitest";
import { expectFlaggedNotTwin, findingsOf } from "./helpers";

const check = (source: string, target: string) => findingsOf("french-convention", source, target);

// False friends, fixed French turns of phrase and French inversions, each beside its corrected twin.
describe("french-convention: false friends and turns of phrase in news English", () => {
  it.each([
    ["L'actuel directeur de l'ARS quittera ses fonctions en juin.", "The actual director of the health agency will step down in June.", "The current director of the health agency will step down in June.", "actual", "actuel"],
    ["Le plan vise à développer l'économie numérique en zone rurale.", "The plan aims to develop the numeric economy in rural areas.", "The plan aims to develop the digital economy in rural areas.", "numeric", "numérique"],
    ["La ministre a reçu son homologue espagnol.", "The minister received her Spanish homologue.", "The minister received her Spanish counterpart.", "homologue", "homologue"],
    ["Des milliers de manifestations ont eu lieu contre la loi travail.", "Thousands of manifestations were held against the labour law.", "Thousands of protests were held against the labour law.", "manifestations", "manifestations"],
    ["Les éleveurs attendent les résultats de l'enquête sanitaire.", "Livestock farmers are attending the results of the health inquiry.", "Livestock farmers are awaiting the results of the health inquiry.", "attending", "attendent"],
    ["L'élève doit trouver un stage de trois semaines.", "The pupil must find a three-week stage.", "The pupil must find a three-week work placement.", "stage", "stage"],
    ["L'ancien maire a été mis en examen pour favoritisme.", "The former mayor was put under examination for favouritism.", "The former mayor was charged with favouritism.", "put under examination", "mis en examen"],
    ["Le passeur a été condamné à six ans de prison.", "The smuggler was condemned to six years in prison.", "The smuggler was sentenced to six years in prison.", "condemned to six", "condamné à"],
    ["Les ventes de vélos sont en hausse de 12 %.", "Bicycle sales are in rise of 12%.", "Bicycle sales are up 12%.", "in rise of", "en hausse de"],
    ["La réunion a eu lieu à huis clos.", "The meeting has had place behind closed doors.", "The meeting took place behind closed doors.", "has had place", "a eu lieu"],
    ["Le parc éolien couvrira les besoins de la ville à l'horizon 2030.", "The wind farm will meet the town's needs at the horizon 2030.", "The wind farm will meet the town's needs by 2030.", "at the horizon 2030", "à l'horizon"],
    ["Les familles ont déposé plainte contre l'usine.", "The families deposited a complaint against the plant.", "The families filed a complaint against the plant.", "deposited a complaint", "déposé plainte"],
    ["La réforme que veut le gouvernement inquiète les maires.", "The reform that wants the government worries mayors.", "The reform the government wants worries mayors.", "wants", "que veut"],
  ])("flags %j → %j, not its twin", (source, wrong, right, targetText, sourceText) => {
    expectFlaggedNotTwin("french-convention", source, wrong, right, targetText, sourceText);
  });

  it.each([
    ["Le coût réel des travaux est inconnu; l'actuel maire l'admet.", "The actual cost of the works is unknown, the current mayor admits."],
    ["Le rapport décrit les manifestations de la sécheresse.", "The report describes the manifestations of the drought."],
    ["Plus de 300 élus ont assisté à la réunion, qui était attendue.", "More than 300 councillors attended the meeting, which had been awaited."],
    ["Le projet entre dans une nouvelle étape.", "The project is entering a new stage."],
    ["Le criminel a été condamné à mort en 1975.", "The criminal was condemned to death in 1975."],
    ["La loi que le Sénat a adoptée entre en vigueur.", "The law that the Senate adopted comes into force."],
    ["L'entreprise qui emploie les saisonniers a été contrôlée.", "The company that employs the seasonal workers was inspected."],
    ["Le Premier ministre a pris la parole devant l'Assemblée.", "The prime minister took the floor in the National Assembly."],
  ])("leaves edited English alone: %j → %j", (source, target) => {
    expect(check(source, target)).toEqual([]);
  });
});
