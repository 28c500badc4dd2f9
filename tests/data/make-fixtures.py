#!/usr/bin/env python3
"""Writes the frozen plan files that the migration tests upgrade.

They stand for files written by earlier Cairn builds, so they are committed
as binary files and must not be regenerated with a newer schema: run this
only to add a fixture for a new schema version, keeping the old ones.

  plan-v0.cairn  application id set, user_version 0, no tables yet
                 (a file whose creation stopped before the first step)
  plan-v1.cairn  schema version 1: plan, goals, objectives, actions, measures,
                 targets and actuals, before assessments, reviews and audit
  plan-v2.cairn  schema version 2 (not written by this script): made by
                 `cairn-cli import tests/data/full-plan.json` at schema 2,
                 before actual values carried preliminary/final, source and
                 as-of date
  plan-v3.cairn  schema version 3 (not written by this script): made by
                 `cairn-cli import tests/data/full-plan.json` at schema 3,
                 before the plan carried its revision
  plan-v4.cairn  schema version 4 (not written by this script): made by
                 `cairn-cli import tests/data/full-plan.json` at schema 4,
                 before goals carried tags, actions could recur and
                 milestones kept their due date as written
  plan-v5.cairn  schema version 5 (not written by this script): made by
                 `cairn-cli import` of full-plan.json as it was at schema 5,
                 then the columns schema 6 adds dropped (ALTER TABLE … DROP
                 COLUMN uuid, kind, unit, aligns_to_id, aligns_to_title on
                 plan; supports on goals, objectives, actions, measures),
                 user_version set to 5 and VACUUM: a plan before it had an
                 identity, a kind and alignment links, before values carried
                 their group's size (n) and the plan its suppression rule
  plan-v6.cairn  schema version 6 (not written by this script): made by
                 `cairn-cli import` of full-plan.json at schema 7, then the
                 column schema 7 adds dropped (ALTER TABLE measures DROP
                 COLUMN baseline_n), user_version set to 6 and VACUUM: a
                 plan before a baseline carried its group's size
  plan-v7.cairn  schema version 7 (not written by this script): made by
                 `cairn-cli import` of full-plan.json at schema 8, then the
                 column schema 8 adds dropped (ALTER TABLE plan DROP COLUMN
                 numbers), user_version set to 7 and VACUUM: a plan before
                 it said how its documents write numbers
  plan-v8.cairn  schema version 8 (not written by this script): made by
                 `cairn-cli import` of full-plan.json at schema 9, then the
                 columns schema 9 adds dropped (ALTER TABLE plan DROP COLUMN
                 data_call_due; ALTER TABLE actuals DROP COLUMN returned),
                 user_version set to 8 and VACUUM: a plan before the data
                 call's due date and the approval queue
"""
import os
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
APPLICATION_ID = 0x43414952

V1 = [
    """CREATE TABLE plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            organization TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, report_year INTEGER NOT NULL,
            mission TEXT NOT NULL DEFAULT '', vision TEXT NOT NULL DEFAULT '',
            theory_of_action TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE plan_lists (
            list TEXT NOT NULL, position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (list, position))""",
    """CREATE TABLE goals (
            id INTEGER PRIMARY KEY, position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '', short_name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '', rationale TEXT NOT NULL DEFAULT '[]',
            owner TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE objectives (
            id INTEGER PRIMARY KEY, goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]')""",
    """CREATE TABLE actions (
            id INTEGER PRIMARY KEY, objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'not_started', percent_complete INTEGER NOT NULL DEFAULT 0,
            start TEXT NOT NULL DEFAULT '', due TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE action_responsibilities (
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            role TEXT NOT NULL DEFAULT '', duty TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (action_id, position))""",
    """CREATE TABLE action_notes (
            action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            note_date TEXT, body TEXT NOT NULL DEFAULT '', who TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (action_id, position))""",
    """CREATE TABLE measures (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER REFERENCES goals(id) ON DELETE CASCADE,
            objective_id INTEGER REFERENCES objectives(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES measures(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL, type TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL, custom_unit TEXT NOT NULL DEFAULT '', decimals INTEGER NOT NULL DEFAULT 0,
            direction TEXT NOT NULL, tolerance REAL, source TEXT NOT NULL DEFAULT '',
            baseline_year INTEGER, baseline_value REAL, baseline_note TEXT NOT NULL DEFAULT '',
            final_year INTEGER, final_value REAL,
            due_date TEXT, completed_date TEXT, evidence TEXT NOT NULL DEFAULT '',
            CHECK ((goal_id IS NOT NULL) + (objective_id IS NOT NULL) + (parent_id IS NOT NULL) = 1))""",
    """CREATE TABLE targets (
            measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
            year INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (measure_id, year))""",
    """CREATE TABLE actuals (
            measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
            year INTEGER NOT NULL, value REAL NOT NULL, note TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '', entered_at TEXT, PRIMARY KEY (measure_id, year))""",
    "CREATE INDEX objectives_by_goal ON objectives (goal_id, position)",
    "CREATE INDEX actions_by_objective ON actions (objective_id, position)",
]

V1_DATA = [
    ("INSERT INTO plan (id, organization, title, first_year, last_year, report_year, mission) VALUES (1, ?, ?, 2022, 2026, 2023, ?)",
     ("Fixture ISD", "Fixture plan, schema 1", "Every student, every day")),
    ("INSERT INTO plan_lists (list, position, name, body) VALUES ('core_values', 0, 'Caring', 'Kindness and concern for others')", ()),
    ("INSERT INTO goals (id, position, code, title, short_name) VALUES (1, 0, 'P1', 'Students thrive', 'Students')", ()),
    ("INSERT INTO objectives (id, goal_id, position, code, title) VALUES (1, 1, 0, '1.1', 'Graduation')", ()),
    ("INSERT INTO actions (id, objective_id, position, code, description, status, percent_complete, due) "
     "VALUES (1, 1, 0, '1.1A', 'Tutoring for every ninth grader', 'in_progress', 40, '2024-25')", ()),
    ("INSERT INTO measures (id, objective_id, position, code, name, kind, type, unit, direction, source, "
     "baseline_year, baseline_value, final_year, final_value) VALUES "
     "(1, 1, 0, '1.1-M1', 'Graduation rate', 'long_term', 'numeric', 'percent', 'higher_is_better', 'State report', 2021, 80, 2026, 90)", ()),
    ("INSERT INTO targets (measure_id, year, value) VALUES (1, 2023, 84)", ()),
    ("INSERT INTO actuals (measure_id, year, value, note, who, entered_at) VALUES (1, 2022, 82.5, 'Final', 'Registrar', '2023-09-01T12:00:00Z')", ()),
]


def fresh(name):
    path = os.path.join(HERE, name)
    if os.path.exists(path):
        os.remove(path)
    return sqlite3.connect(path)


def main():
    db = fresh("plan-v0.cairn")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.commit()
    db.close()

    db = fresh("plan-v1.cairn")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in V1:
        db.execute(statement)
    for statement, values in V1_DATA:
        db.execute(statement, values)
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
