import { describe } from "vitest";
import { itAcceptsEach, itFlagsEach } from "./helpers";

describe("role-reversal: an infinitive's subject is the object of the verb it complements, or a passive's subject", () => {
  itFlagsEach("role-reversal", [
    ["Le laboratoire Servier a été condamné jeudi par la cour d'appel de Paris à verser 2 millions d'euros à une patiente.", "The Paris appeal court on Thursday ordered the Servier laboratory to be paid 2 million euros by a patient.", /Servier laboratory to be paid/],
    ["La cour d'appel de Paris a condamné le laboratoire Servier à verser 2 millions d'euros à une patiente.", "The Paris appeal court ordered drugmaker Servier to be paid 2 million euros by a patient.", /Servier to be paid/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Le laboratoire Servier a été condamné jeudi par la cour d'appel de Paris à verser 2 millions d'euros à une patiente.", "The Paris appeal court on Thursday ordered the Servier laboratory to pay 2 million euros to a patient."],
    ["Le laboratoire Servier a été condamné jeudi par la cour d'appel de Paris à verser 2 millions d'euros à une patiente.", "The Servier laboratory was ordered by the Paris appeal court on Thursday to pay 2 million euros to a patient."],
    ["La cour d'appel de Paris a condamné le laboratoire Servier à verser 2 millions d'euros à une patiente.", "The Paris appeal court ordered the Servier laboratory to pay a patient 2 million euros."],
    ["Le groupe a accepté de verser 4 millions d'euros aux autorités américaines.", "The group has agreed to pay 4 million euros to the US authorities."],
  ]);
});

describe("role-reversal: an infinitive read through its passive verb says the converse", () => {
  itFlagsEach("role-reversal", [
    ["Jeudi, la société a été condamnée à verser 2 millions d'euros à une patiente.", "On Thursday, the company was ordered to receive 2 million euros from a patient.", /receive/],
  ]);
  itAcceptsEach("role-reversal", [
    ["Jeudi, la société a été condamnée à verser 2 millions d'euros à une patiente.", "On Thursday, the company was ordered to pay 2 million euros to a patient."],
  ]);
});
