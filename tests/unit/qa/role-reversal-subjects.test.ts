import { describe, expect, it } from "vitest";
import { findingsOf, targetTextOf } from "./helpers";

// Subjects longer than one noun: "le maire de Lyon", "the mayor of Lyon", "a migrant boat", "SNCF management".
describe("role-reversal: the head of a longer subject phrase", () => {
  it.each([
    // A French subject with its "de" complement, a passive turned active.
    ["Le maire de Lyon a été critiqué par les commerçants du centre-ville.", "The mayor of Lyon criticised shopkeepers in the city centre.", /mayor/],
    ["La directrice de la crèche a été félicitée par les parents.", "The director of the nursery congratulated the parents.", /director|parents/],
    // An English subject with a modifier and no complement: "a migrant boat intercepted".
    ["Les garde-côtes grecs ont intercepté un bateau de migrants.", "A migrant boat intercepted the Greek coastguards.", /boat|intercepted/],
    // The French head has no counterpart ("garde-côtes"), its adjective has one ("grecs" / "Greek").
    ["Les garde-côtes grecs ont intercepté un chalutier.", "A trawler intercepted the Greek coastguards.", /intercepted the Greek/],
    // An English subject after "of the" is read on the noun the "of" phrase completes: the director, not the agency.
    ["Le directeur de l'agence a été limogé par le ministre.", "The director of the agency sacked the minister.", /director|minister/],
    // A bare English compound opening the sentence, the complaint's sides swapped.
    ["Les syndicats ont porté plainte contre la direction de la SNCF.", "SNCF management filed a complaint against the unions.", /management|unions/],
    // After a reporting verb a subject may follow without "that".
    ["La police a affirmé que les manifestants avaient été attaqués par des casseurs.", "Police said protesters attacked rioters.", /protesters|attacked/],
  ])("flags %j rendered %j", (source, target, where) => {
    const [finding, ...rest] = findingsOf("role-reversal", source, target);
    expect(rest).toEqual([]);
    expect(targetTextOf(finding, target)).toMatch(where);
  });

  it.each([
    ["Le maire de Lyon a été critiqué par les commerçants du centre-ville.", "The mayor of Lyon was criticised by shopkeepers in the city centre."],
    ["Le maire de Lyon a été critiqué par les commerçants du centre-ville.", "Shopkeepers in the city centre criticised the mayor of Lyon."],
    ["La directrice de la crèche a été félicitée par les parents.", "The director of the nursery was congratulated by the parents."],
    ["Les garde-côtes grecs ont intercepté un bateau de migrants.", "Greek coastguards intercepted a boat carrying migrants."],
    ["Les garde-côtes grecs ont intercepté un chalutier.", "The Greek coastguards intercepted a trawler."],
    ["Les syndicats ont porté plainte contre la direction de la SNCF.", "The unions filed a complaint against SNCF management."],
    // An English participle right after its noun, before "by", is no past tense: the commission is chaired.
    ["La commission, présidée par une ancienne ministre, rendra son rapport en juin.", "The commission chaired by a former minister will deliver its report in June."],
    ["Les éleveurs ciblés par les contrôles sanitaires dénoncent un acharnement.", "Livestock farmers targeted by health inspections denounce harassment."],
    // A phrase after a preposition is its complement, not the verb's subject.
    ["Dans la ville de Lyon, les commerçants ont critiqué le maire.", "In the city of Lyon, shopkeepers criticised the mayor."],
    // "en Israël" completes "l'ambassadeur de France": Israel is not the one summoned.
    ["L'ambassadeur de France en Israël a été convoqué dimanche par le ministère israélien des Affaires étrangères.", "Israel's foreign ministry summoned the French ambassador on Sunday."],
    // Nor is the second member of a pair a preposition governs: the line is put into service, not Toulouse.
    ["La ligne à grande vitesse entre Bordeaux et Toulouse ne sera pas mise en service avant 2032.", "The Bordeaux-Toulouse high-speed line will not open before 2032."],
    // "of the energy-saving targets": a noun after a preposition and its determiner is no subject of the plural in -s after it.
    ["La mairie a gelé le projet, estimant qu'il ne respectait pas les objectifs de sobriété énergétique fixés par le plan local d'urbanisme.", "City hall has put the project on hold, saying it fell short of the energy-saving targets set in the local development plan."],
    // A bare noun right after a past verb is its object: "minor" does not injure anyone.
    ["Trois policiers ont été légèrement blessés lors d'affrontements avec des jeunes à Trappes.", "Three police officers suffered minor injuries in clashes with youths in Trappes."],
  ])("accepts %j rendered %j", (source, target) => {
    expect(findingsOf("role-reversal", source, target)).toEqual([]);
  });
});
