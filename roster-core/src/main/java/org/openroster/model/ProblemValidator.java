package org.openroster.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the references between the parts of a {@link Problem}: every id used is defined once, every
 * reference points at something that exists, leave does not overlap. Each message names the field
 * (as a path into the problem's JSON) and the offending value.
 */
public final class ProblemValidator {

    private ProblemValidator() {}

    /** Thrown when a problem is not valid; {@link #errors()} lists every problem found. */
    public static final class InvalidProblemException extends IllegalArgumentException {
        private final List<String> errors;

        public InvalidProblemException(List<String> errors) {
            super(errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }

    public static void validateOrThrow(Problem problem) {
        List<String> errors = validate(problem);
        if (!errors.isEmpty()) {
            throw new InvalidProblemException(errors);
        }
    }

    public static List<String> validate(Problem p) {
        List<String> errors = new ArrayList<>();
        Set<String> locations = new HashSet<>();
        p.establishment().locations().forEach(l -> locations.add(l.id()));
        Set<String> skills = p.establishment().skills();
        Map<String, ShiftTemplate> templates = new HashMap<>();
        Map<String, Person> people = new HashMap<>();

        duplicates(p.templates().stream().map(ShiftTemplate::id).toList(), "templates", errors);
        duplicates(p.activities().stream().map(Activity::id).toList(), "activities", errors);
        duplicates(p.people().stream().map(Person::id).toList(), "people", errors);
        p.templates().forEach(t -> templates.putIfAbsent(t.id(), t));
        p.people().forEach(x -> people.putIfAbsent(x.id(), x));
        if (p.people().isEmpty()) {
            errors.add("people is empty: there is nobody to roster.");
        }

        for (Location l : p.establishment().locations()) {
            if (l.id().contains("@")) {
                errors.add("establishment.locations id (" + l.id() + ") must not contain '@' (rota entries use"
                        + " template@location).");
            }
        }
        for (int i = 0; i < p.templates().size(); i++) {
            ShiftTemplate t = p.templates().get(i);
            String at = "templates[" + i + "] (" + t.id() + ")";
            if (t.id().contains("@")) {
                errors.add(at + ".id must not contain '@' (rota entries use template@location).");
            }
            for (String l : t.locations()) {
                unknown(locations.contains(l), at + ".locations", l, "location", errors);
            }
            for (String n : t.cannotBeFollowedBy()) {
                unknown(templates.containsKey(n), at + ".cannotBeFollowedBy", n, "template", errors);
            }
            for (String s : t.requiredSkills()) {
                unknownSkill(skills, s, at + ".requiredSkills", errors);
            }
        }
        for (int i = 0; i < p.activities().size(); i++) {
            Activity a = p.activities().get(i);
            String at = "activities[" + i + "] (" + a.id() + ")";
            unknown(locations.contains(a.location()), at + ".location", a.location(), "location", errors);
            for (int j = 0; j < a.lines().size(); j++) {
                StaffingLine line = a.lines().get(j);
                if (line.skill() != null) {
                    unknownSkill(skills, line.skill(), at + ".lines[" + j + "].skill", errors);
                }
                if (line.msl() > a.msl()) {
                    errors.add(at + ".lines[" + j + "].msl (" + line.msl() + ") is more than the activity's msl ("
                            + a.msl() + "). Maybe raise the activity's total.");
                }
            }
        }
        for (int i = 0; i < p.people().size(); i++) {
            Person x = p.people().get(i);
            String at = "people[" + i + "] (" + x.id() + ")";
            for (String l : x.locations()) {
                unknown(locations.contains(l), at + ".locations", l, "location", errors);
            }
            for (String s : x.skills()) {
                unknownSkill(skills, s, at + ".skills", errors);
            }
            for (String t : x.rules().maxShiftsByTemplate().keySet()) {
                unknown(templates.containsKey(t), at + ".rules.maxShiftsByTemplate", t, "template", errors);
            }
        }
        Map<String, List<Leave>> leaveByPerson = new HashMap<>();
        for (int i = 0; i < p.leave().size(); i++) {
            Leave l = p.leave().get(i);
            String at = "leave[" + i + "]";
            if (unknown(people.containsKey(l.person()), at + ".person", l.person(), "person", errors)) {
                continue;
            }
            for (Leave other : leaveByPerson.computeIfAbsent(l.person(), k -> new ArrayList<>())) {
                if (!l.from().isAfter(other.to()) && !other.from().isAfter(l.to())) {
                    errors.add(at + " (" + l.from() + " to " + l.to() + ") of person (" + l.person()
                            + ") overlaps their leave from " + other.from() + " to " + other.to() + ".");
                }
            }
            leaveByPerson.get(l.person()).add(l);
        }
        for (int i = 0; i < p.requests().size(); i++) {
            Request r = p.requests().get(i);
            String at = "requests[" + i + "]";
            unknown(people.containsKey(r.person()), at + ".person", r.person(), "person", errors);
            if (r.template() != null) {
                unknown(templates.containsKey(r.template()), at + ".template", r.template(), "template", errors);
            }
        }
        Set<String> pinned = new HashSet<>();
        for (int i = 0; i < p.pins().size(); i++) {
            Pin pin = p.pins().get(i);
            String at = "pins[" + i + "]";
            unknown(people.containsKey(pin.person()), at + ".person", pin.person(), "person", errors);
            outsideWindow(p, pin.date(), at + ".date", errors);
            if (!pinned.add(pin.person() + "/" + pin.date())) {
                errors.add(at + " pins person (" + pin.person() + ") on " + pin.date() + " a second time.");
            }
            if (pin.template() != null) {
                boolean knownTemplate = !unknown(
                        templates.containsKey(pin.template()), at + ".template", pin.template(), "template", errors);
                boolean knownLocation = !unknown(
                        locations.contains(pin.location()), at + ".location", pin.location(), "location", errors);
                if (knownTemplate
                        && knownLocation
                        && !templates.get(pin.template()).offeredAt(pin.location())) {
                    errors.add(at + ".template (" + pin.template() + ") is not offered at location (" + pin.location()
                            + ").");
                }
            }
        }
        Set<String> slots = new HashSet<>();
        for (int i = 0; i < p.slotDemands().size(); i++) {
            SlotDemand s = p.slotDemands().get(i);
            String at = "slotDemands[" + i + "]";
            unknown(templates.containsKey(s.template()), at + ".template", s.template(), "template", errors);
            unknown(locations.contains(s.location()), at + ".location", s.location(), "location", errors);
            outsideWindow(p, s.date(), at + ".date", errors);
            if (!slots.add(s.key())) {
                errors.add(at + " (" + s.key() + ") is a second demand for the same slot. Maybe add the counts.");
            }
            if (templates.containsKey(s.template())
                    && !templates.get(s.template()).offeredAt(s.location())) {
                errors.add(at + ".template (" + s.template() + ") is not offered at location (" + s.location() + ").");
            }
        }
        flexibleWorking(p, people, templates, locations, errors);
        return errors;
    }

    /** Job shares, dual contracts, rota lines and self-rostering choices. */
    private static void flexibleWorking(
            Problem p,
            Map<String, Person> people,
            Map<String, ShiftTemplate> templates,
            Set<String> locations,
            List<String> errors) {
        duplicates(p.jobShares().stream().map(JobSharePost::id).toList(), "jobShares", errors);
        Map<String, String> postOfPartner = new HashMap<>();
        for (int i = 0; i < p.jobShares().size(); i++) {
            JobSharePost post = p.jobShares().get(i);
            String at = "jobShares[" + i + "] (" + post.id() + ")";
            long weekly = 0;
            boolean allShare = true;
            for (String partner : post.partners()) {
                if (unknown(people.containsKey(partner), at + ".partners", partner, "person", errors)) {
                    allShare = false;
                    continue;
                }
                String other = postOfPartner.put(partner, post.id());
                if (other != null) {
                    errors.add(at + ".partners (" + partner + ") already shares post (" + other + ").");
                }
                Contract c = people.get(partner).contract();
                if (!(c instanceof Contract.JobShare js)) {
                    errors.add(at + ".partners (" + partner + ") needs a jobShare contract of this post, not a "
                            + c.kind() + " contract.");
                    allShare = false;
                } else if (!js.post().equals(post.id())) {
                    errors.add(at + ".partners (" + partner + ") has a jobShare contract of post (" + js.post()
                            + "), not of this post.");
                    allShare = false;
                } else {
                    weekly += js.weeklyMinutes();
                }
            }
            if (allShare && weekly != post.weeklyMinutes()) {
                errors.add(at + ".weeklyMinutes (" + post.weeklyMinutes() + ") is not what the partners' contracts add"
                        + " up to (" + weekly + ").");
            }
        }
        for (int i = 0; i < p.people().size(); i++) {
            Person x = p.people().get(i);
            String at = "people[" + i + "] (" + x.id() + ").contract";
            if (x.contract() instanceof Contract.JobShare js && !js.post().equals(postOfPartner.get(x.id()))) {
                errors.add(at + ".post (" + js.post() + ") is not a job share post naming this person as a partner.");
            }
            if (x.contract() instanceof Contract.Dual && !x.grades().contains(x.grade())) {
                errors.add("people[" + i + "] (" + x.id() + ").grade (" + x.grade() + ") is not the grade of any of"
                        + " their dual contract's posts " + x.grades() + ".");
            }
        }
        Set<String> lined = new HashSet<>();
        for (int i = 0; i < p.rotaLines().size(); i++) {
            RotaLine line = p.rotaLines().get(i);
            String at = "rotaLines[" + i + "]";
            unknown(people.containsKey(line.person()), at + ".person", line.person(), "person", errors);
            if (!lined.add(line.person())) {
                errors.add(at + " is a second rota line for person (" + line.person() + ").");
            }
            for (int j = 0; j < line.cycle().size(); j++) {
                String entry = line.cycle().get(j);
                if (RotaLine.OFF.equals(entry)) {
                    continue;
                }
                String[] tl = entry.split("@");
                boolean known = !unknown(
                                templates.containsKey(tl[0]), at + ".cycle[" + j + "]", tl[0], "template", errors)
                        & !unknown(locations.contains(tl[1]), at + ".cycle[" + j + "]", tl[1], "location", errors);
                if (known && !templates.get(tl[0]).offeredAt(tl[1])) {
                    errors.add(at + ".cycle[" + j + "] (" + entry + ") is a template not offered at that location.");
                }
            }
        }
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < p.choices().size(); i++) {
            Request c = p.choices().get(i);
            String at = "choices[" + i + "]";
            if (!chosen.add(c.person() + "/" + c.date())) {
                errors.add(at + " is a second choice of person (" + c.person() + ") on " + c.date() + ".");
            }
            unknown(people.containsKey(c.person()), at + ".person", c.person(), "person", errors);
            outsideWindow(p, c.date(), at + ".date", errors);
            if (c.template() == null || !c.wanted()) {
                errors.add(at + " must be a wanted template: a self-rostering choice names the shift chosen.");
            } else {
                unknown(templates.containsKey(c.template()), at + ".template", c.template(), "template", errors);
            }
        }
    }

    private static void duplicates(List<String> ids, String field, List<String> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                errors.add(field + "[" + i + "].id (" + ids.get(i) + ") is used more than once.");
            }
        }
    }

    /** Adds an error and returns true when the reference is unknown. */
    private static boolean unknown(boolean known, String field, String value, String kind, List<String> errors) {
        if (!known) {
            errors.add(field + " (" + value + ") is not a known " + kind + ".");
        }
        return !known;
    }

    private static void unknownSkill(Set<String> skills, String skill, String field, List<String> errors) {
        if (!skills.isEmpty() && !skills.contains(skill)) {
            errors.add(field + " (" + skill
                    + ") is not a skill of the establishment. Maybe add it to establishment.skills.");
        }
    }

    private static void outsideWindow(Problem p, LocalDate date, String field, List<String> errors) {
        if (!p.inWindow(date)) {
            errors.add(field + " (" + date + ") is outside the window " + p.start() + " to " + p.end() + ".");
        }
    }
}
