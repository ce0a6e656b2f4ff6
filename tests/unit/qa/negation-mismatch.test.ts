import { describe, expect, it } from "vitest";
import { findingsOf, sourceTextOf, targetTextOf } from "./helpers";

describe("negation-mismatch", () => {
  it.each([
    ["Personne n'a été blessé lors de l'explosion.", "Someone was injured in the explosion.", "Personne n'"],
    ["Le ministre n'a pas signé le décret.", "The minister signed the decree.", "n'a pas"],
    ["Le gouvernement ne reconnaîtra jamais ce résultat.", "The government will recognise this result.", "ne reconnaîtra jamais"],
    ["En aucun cas la France ne livrera des armes.", "France will deliver weapons in any case.", "aucun"],
    ["Nul ne conteste la décision du tribunal.", "Everyone contests the court's decision.", "Nul ne"],
    ["Il est parti sans prévenir ses collègues.", "He left and warned his colleagues.", "sans"],
    ["Rien n'a changé depuis l'élection.", "Everything has changed since the election.", "Rien n'"],
  ])("flags the negative “%s” rendered affirmative", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(finding?.severity).toBe("critical");
    expect(sourceTextOf(finding, source)).toBe(negator);
    expect(finding.evidence?.links.length).toBeGreaterThan(0);
  });

  it.each([
    ["Le ministre n'a jamais failli à sa mission.", "The minister has failed in his mission.", "n'a jamais"],
    ["L'électeur ne l'oubliera pas de sitôt.", "The voter will soon forget it.", "ne l'oubliera pas"],
  ])("flags the negated negative word “%s” whose negation was dropped while its own negative stayed", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
    expect(finding.message).toContain("the meaning is reversed");
  });

  it.each([
    ["Le maire ne les avait jamais reçus aussi froidement.", "The mayor had greeted them so unkindly.", "ne les avait jamais", "had"],
  ])("places the negation of %j on the English verb group when the aligner linked none of it", (source, target, negator, verbGroup) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
    expect(targetTextOf(finding, target)).toBe(verbGroup);
  });

  it("places the negation of a conjugated verb on the English verb it is linked to through its infinitive", () => {
    const [source, target] = ["Le gouvernement ne sait sûrement rien de ce projet.", "The government certainly does know of this unprecedented project."];
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe("ne sait sûrement rien");
    expect(targetTextOf(finding, target)).toBe("know");
  });

  it("places an added “not” on the French verb its auxiliary renders when the aligner linked none of the clause", () => {
    const source = "Ses vitrines étaient endommagées ou brisées.";
    const target = "Its shop windows were not dented and smashed.";
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(targetTextOf(finding, target)).toBe("not");
    expect(sourceTextOf(finding, source)).toBe("étaient");
  });

  it.each([
    ["Nous ne pouvons pas laisser cela se produire.", "We can let that happen.", "ne pouvons pas", "can"],
    ["Le calendrier ne sera pas chamboulé.", "The schedule will be upended.", "ne sera pas", "will"],
    ["Les électeurs ne veulent pas de ce candidat.", "Voters want this candidate.", "ne veulent pas", "want"],
  ])("places the negation of %j on the English auxiliary of the French verb's family when the aligner linked none of it", (source, target, negator, auxiliary) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
    expect(targetTextOf(finding, target)).toBe(auxiliary);
  });

  it("places the negation on the negated verb's rendering when the lexicon links it", () => {
    const [source, target] = ["Le scrutin ne sera pas reporté.", "The ballot will be postponed."];
    const [finding, ...rest] = findingsOf("negation-mismatch", source, target);
    expect(rest).toEqual([]);
    expect(sourceTextOf(finding, source)).toBe("ne sera pas");
    expect(targetTextOf(finding, target)).toBe("postponed");
  });

  it.each([
    ["Sans l'aide de l'Europe, le pays ne peut continuer.", "Without Europe's help, the country can go on.", "ne peut", "can"],
    ["Le président n'avait, jusqu'alors, jamais cédé.", "The president had, until then, given in.", "n'avait, jusqu'alors, jamais", "given"],
    ["Les autorités assurent que rien de grave ne s'est produit.", "The authorities say that something serious happened.", "rien de grave ne", "something"],
  ])("flags the one negation of %j the English does not say, past another it does say, an aside, or the negative subject's complement", (source, target, negator, other) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
    expect(targetTextOf(finding, target)).toBe(other);
  });

  it.each([
    ["Seul le Sénat a voté ce texte.", "Only the Senate did not vote for this text.", "not"],
    ["C'est un dossier important pour le gouvernement, qui a annoncé sa décision.", "It is an important file for the government, which has not announced its decision.", "not"],
    ["Le ministre a pris un peu de temps pour répondre.", "The minister did not take some time to answer.", "not"],
  ])("flags the added negation of %j though the French has a word that says no elsewhere or none at all", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(targetTextOf(finding, target)).toBe(negator);
  });

  it.each([
    ["Le ministre a signé le décret.", "The minister did not sign the decree.", "not"],
    ["Les députés ont voté la loi.", "The deputies never voted for the law.", "never"],
  ])("flags the affirmative “%s” rendered negative", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(targetTextOf(finding, target)).toBe(negator);
  });

  it.each([
    ["Personne n'a été blessé dans l'accident.", "Someone was injured in the accident.", "Personne n'", "Someone"],
    ["Le président n'a jamais accepté ce compromis.", "The president always accepted this compromise.", "n'a jamais", "always"],
    ["Les enquêteurs n'ont rien trouvé dans la voiture.", "The investigators found something in the car.", "n'ont rien", "something"],
    ["Le texte a été adopté sans le soutien de l'opposition.", "The text was adopted with the support of the opposition.", "sans", "with"],
    ["Aucun passager n'a survécu à l'accident.", "Everyone survived the accident.", "Aucun", "Everyone"],
    ["Nul ne conteste ce résultat.", "Someone contests this result.", "Nul ne", "Someone"],
  ])("flags the negative “%s” reworded positive (“%s”)", (source, target, negator, positive) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
    expect(targetTextOf(finding, target)).toBe(positive);
    expect(finding.message).toContain("says the opposite");
  });

  it.each([
    ["Quelqu'un a vu le suspect quitter la banque.", "Nobody saw the suspect leave the bank.", "Quelqu'un", "Nobody"],
    ["Il y a quelque chose d'étrange dans ce rapport.", "There is nothing strange in this report.", "quelque chose", "nothing"],
  ])("flags the positive “%s” reworded negative (“%s”)", (source, target, positive, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(positive);
    expect(targetTextOf(finding, target)).toBe(negator);
  });

  it.each([
    ["Sans eux, c'est sans espoir.", "With them, it is hopeless.", "Sans", "With"],
  ])("flags “sans” rendered “with” where the negated word is unplaced: %j → %j", (source, target, negator, positive) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
    expect(targetTextOf(finding, target)).toBe(positive);
    expect(finding.message).toContain("says the opposite");
  });

  it("flags the one predicate of two that lost its negation, at that predicate", () => {
    const source = "Le ministre ne viendra pas et le préfet n'a pas confirmé sa présence.";
    const target = "The minister will not come and the prefect confirmed his presence.";
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe("n'a pas");
    expect(targetTextOf(finding, target)).toBe("confirmed");
  });

  it.each([
    ["Personne n'a été blessé dans l'accident.", "No one was injured in the accident."],
    ["Le président n'a jamais accepté ce compromis.", "The president never accepted this compromise."],
    ["Le ministre ne viendra pas et le préfet n'a pas confirmé sa présence.", "The minister will not come and the prefect has not confirmed his presence."],
    ["Les négociations se poursuivront, que l'accord soit signé ou non.", "Talks will continue whether or not the deal is signed."],
    ["Non, le gouvernement ne reculera pas.", "No, the government will not back down."],
    ["Il ne reste plus que deux candidats.", "There are no more than two candidates left."],
    ["La police a suivi les pas du suspect.", "Police followed the suspect's footsteps."],
    ["Les manifestants ont à peine dormi.", "The protesters barely slept."],
    ["Ni le maire ni le préfet ne se sont exprimés.", "Neither the mayor nor the prefect spoke."],
    ["Le gouvernement a gagné plus de voix que je ne le pensais.", "The government won more votes than I thought."],
    ["Personne n'a été blessé.", "No one was injured."],
    ["Personne n'a été blessé.", "Nobody was hurt."],
    ["Le ministre n'a pas signé le décret.", "The minister didn't sign the decree."],
    ["Il n'y a plus que deux candidats.", "There are only two candidates left."],
    ["Il ne reste que trois jours.", "Only three days remain."],
    ["Non seulement il a perdu, mais il a démissionné.", "Not only did he lose, he also resigned."],
    ["Il ne peut pas venir.", "He is unable to come."],
    ["Le pays a refusé de signer.", "The country did not sign."],
    ["Le parlement n'a pas réussi à adopter le budget.", "Parliament failed to pass the budget."],
    ["C'est sans doute la meilleure solution.", "This is probably the best solution."],
    ["Une crise sans précédent.", "An unprecedented crisis."],
    ["Les sans-abri sont nombreux.", "The homeless are many."],
    ["Il travaille sans cesse.", "He works constantly."],
    ["Ce n'est ni juste ni utile.", "It is neither fair nor useful."],
    ["Le ministre s'est montré incapable de répondre.", "The minister could not answer."],
    ["Il lit le journal No. 5.", "He reads issue No. 5."],
    ["N'oubliez pas de voter dimanche.", "Remember to vote on Sunday."],
    ["Le virus n'a épargné personne.", "The virus spared no-one."],
    ["Le gérant a été retrouvé sans vie dans son bureau.", "The manager was found dead in his office."],
    ["Il faut agir vite, sans quoi la crise s'aggravera.", "We must act fast, otherwise the crisis will worsen."],
    ["Les pêcheurs ne peuvent pas sortir en mer.", "The fishermen canna go out to sea."],
    ["Le maire n'avait pas pu les recevoir.", "The mayor had been unable to greet them."],
    ["Mais leur tranquillité fut de courte durée.", "But their peace was not to last."],
    ["Je vous accompagnerai chez vous et chasserai ces esprits sans repos.", "I will travel with you to your home and chase these restless spirits."],
    ["Aucun député ni aucun sénateur ne votera jamais ce texte sans amendement.", "No deputy or senator will ever vote for this text without amendment."],
    ["L'accès au site est interdit aux journalistes.", "Journalists may not enter the site."],
    ["Le ministre n'est rien d'autre qu'un porte-parole.", "The minister is just a spokesman."],
    ["Nul n'est censé ignorer la loi.", "Everyone is supposed to know the law."],
    ["Personne n'ignore que la crise est grave.", "Everyone knows that the crisis is serious."],
    ["Le président n'avait, jusqu'alors, jamais cédé.", "The president had, until then, never given in."],
    ["Peu de temps après, les manifestations ont repris.", "Not long after, the protests resumed."],
    ["Le village n'est plus très loin de la frontière.", "The village is now close to the border."],
    ["Nous n'avons pas encore obtenu de réponse.", "We have yet to get an answer."],
    ["Le gouvernement n'a pas encore fixé la date du scrutin, mais n'exclut pas qu'il se tienne dès février.", "The government has yet to set a date for the vote but does not rule out holding it as early as February."],
    ["Le Français Benoît Saint-Denis s'est imposé samedi à l'Accor Arena.", "France's Benoît Saint-Denis won at the Accor Arena on Saturday."],
    ["Son courage ne sera jamais oublié.", "His courage will always be remembered."],
    ["Ce ne sera pas sans conséquences pour le gouvernement.", "This will have consequences for the government."],
    ["Si l'accord est signé, je suis certain que le pays sera récompensé.", "If the deal is signed, I am certain the country will not go without reward."],
    ["Les rebelles ont pris la ville, mais l'armée a évacué les civils.", "The rebels took the town, but not before the army evacuated the civilians."],
  ])("stays silent on “%s” → “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["L'armée a frappé des infrastructures énergétiques, privant d'électricité quelque 200 000 foyers.", "The army struck energy infrastructure, leaving some 200,000 households without power."],
    ["Les réfugiés, dépourvus de papiers, attendent à la frontière.", "The refugees, with no papers, are waiting at the border."],
    ["Le ministère a recensé 1 800 cas de dengue, un niveau jamais atteint en métropole.", "The ministry has recorded 1,800 cases of dengue, a level never before seen in mainland France."],
    ["Le taux de chômage est le plus bas jamais enregistré.", "The unemployment rate is the lowest ever recorded."],
    ["Les grévistes ont attendu trois heures pour rien.", "The strikers waited three hours for nothing."],
  ])("reads the privative word or the negative word without “ne” in “%s” as the negation of “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Le ministère a recensé 1 800 cas de dengue, un niveau jamais atteint en métropole.", "The ministry has recorded 1,800 cases of dengue, a level already reached in mainland France.", "jamais"],
    ["Le chômage n'a plus baissé depuis trois trimestres, estiment les économistes.", "Unemployment has fallen for three quarters, economists say.", "n'a plus"],
  ])("flags “%s” rendered affirmative, though the English says “unemployment” or the French has no “ne”", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
  });

  it.each([
    ["Les syndicats poursuivront la grève tant que la direction n'aura pas retiré son projet.", "The unions will keep up the strike until management withdraws its plan."],
    ["Le chantier a été suspendu sans qu'aucune solution ne soit proposée aux riverains.", "Work was halted with no solution offered to local residents."],
    ["Les camions ne pourront plus circuler dans le centre-ville à partir de lundi.", "Lorries will be banned from the city centre from Monday."],
    ["Les supporters ne peuvent plus apporter de fumigènes dans le stade.", "Fans have been barred from bringing flares into the stadium."],
    ["Les étudiants non européens paieront des frais d'inscription plus élevés.", "Students from outside Europe will pay higher tuition fees."],
    ["L'entreprise a été sanctionnée pour non-respect des normes de sécurité.", "The company was penalised for breaching safety standards."],
    ["Les ferries ne pourront pas quitter le port avant mardi.", "Ferries will have to stay in port until Tuesday."],
  ])("reads an idiom that says the negation another way in “%s” → “%s”", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });

  it.each([
    ["Les syndicats poursuivront la grève tant que la direction n'aura pas retiré son projet.", "The unions will keep up the strike while management withdraws its plan.", "n'aura pas"],
    ["Le chantier a été suspendu sans qu'aucune solution ne soit proposée aux riverains.", "Work was halted with a solution offered to local residents.", "sans"],
  ])("still flags “%s” when the English has no such idiom", (source, target, negator) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(negator);
  });

  it.each([
    ["Jul a rempli le Stade de France deux soirs de suite, un exploit réalisé par très peu d'artistes français.", "Jul filled the Stade de France on two consecutive nights, a feat many French artists have achieved.", "peu", "many"],
    ["De nombreux habitants ont été évacués après l'incendie.", "Few residents were evacuated after the fire.", "nombreux", "Few"],
  ])("flags a scarce quantity said as an abundant one, or the reverse: %j → %j", (source, target, french, english) => {
    const [finding] = findingsOf("negation-mismatch", source, target);
    expect(sourceTextOf(finding, source)).toBe(french);
    expect(targetTextOf(finding, target)).toBe(english);
  });

  it.each([
    ["Jul a rempli le Stade de France deux soirs de suite, un exploit réalisé par très peu d'artistes français.", "Jul filled the Stade de France on two consecutive nights, a feat very few French artists have achieved."],
    ["Le gouvernement a un peu de marge, mais beaucoup de dépenses.", "The government has some room, but much spending."],
    ["De nombreux habitants ont été évacués après l'incendie.", "Quite a few residents were evacuated after the fire."],
  ])("stays silent on quantities said alike: %j → %j", (source, target) => {
    expect(findingsOf("negation-mismatch", source, target)).toEqual([]);
  });
});
