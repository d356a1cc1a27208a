using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "domain_events",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    aggregate_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    aggregate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    aggregate_version = table.Column<long>(type: "INTEGER", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_domain_events", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "idea_counts_by_month",
                columns: table => new
                {
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    ideas = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_counts_by_month", x => new { x.municipality_id, x.month, x.status, x.visibility });
                });

            migrationBuilder.CreateTable(
                name: "idea_counts_by_neighbourhood",
                columns: table => new
                {
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    ideas = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_counts_by_neighbourhood", x => new { x.municipality_id, x.neighbourhood_id, x.status, x.visibility });
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    charter = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    name_english = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    name_persian = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    province_english = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    province_persian = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipalities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "municipality_phase_launches",
                columns: table => new
                {
                    phase = table.Column<int>(type: "INTEGER", nullable: false),
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    launched_on = table.Column<int>(type: "INTEGER", nullable: false),
                    precision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipality_phase_launches", x => new { x.municipality_id, x.phase });
                    table.ForeignKey(
                        name: "fk_municipality_phase_launches_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "neighbourhoods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    anchor = table.Column<string>(type: "TEXT", nullable: false),
                    mayor = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    name_english = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    name_persian = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_neighbourhoods", x => x.id);
                    table.ForeignKey(
                        name: "fk_neighbourhoods_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "youth_mayor_campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    charter = table.Column<string>(type: "TEXT", nullable: false),
                    call_opens_on = table.Column<int>(type: "INTEGER", nullable: false),
                    call_closes_on = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    name_english = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    name_persian = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_mayor_campaigns", x => x.id);
                    table.ForeignKey(
                        name: "fk_youth_mayor_campaigns_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    budget = table.Column<long>(type: "INTEGER", nullable: false),
                    voting_opens_on = table.Column<int>(type: "INTEGER", nullable: false),
                    voting_closes_on = table.Column<int>(type: "INTEGER", nullable: false),
                    minimum_voter_age = table.Column<int>(type: "INTEGER", nullable: false),
                    minimum_projects_per_ballot = table.Column<int>(type: "INTEGER", nullable: false),
                    maximum_projects_per_ballot = table.Column<int>(type: "INTEGER", nullable: false),
                    ballot_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    maximum_points_per_project = table.Column<int>(type: "INTEGER", nullable: false),
                    maximum_points_per_ballot = table.Column<int>(type: "INTEGER", nullable: false),
                    show_results_while_voting = table.Column<bool>(type: "INTEGER", nullable: false),
                    closed_on = table.Column<int>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    area = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_budgeting_rounds_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_budgeting_rounds_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "councils",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    seats = table.Column<int>(type: "INTEGER", nullable: false),
                    members_from_active_citizens = table.Column<bool>(type: "INTEGER", nullable: false),
                    formed_on = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    dissolved_on = table.Column<int>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_councils", x => x.id);
                    table.ForeignKey(
                        name: "fk_councils_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_councils_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "neighbourhood_meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    starts_at = table.Column<long>(type: "INTEGER", nullable: false),
                    rules = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    minutes = table.Column<string>(type: "TEXT", nullable: true),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    place_english = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    place_persian = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_neighbourhood_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_neighbourhood_meetings_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gender = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active_citizen = table.Column<bool>(type: "INTEGER", nullable: false),
                    active_citizenship = table.Column<string>(type: "TEXT", nullable: true),
                    birth_date = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    name_family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residents", x => x.id);
                    table.ForeignKey(
                        name: "fk_residents_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "youth_campaign_stages",
                columns: table => new
                {
                    stage = table.Column<int>(type: "INTEGER", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_on = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_campaign_stages", x => new { x.campaign_id, x.stage });
                    table.ForeignKey(
                        name: "fk_youth_campaign_stages_youth_mayor_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "youth_mayor_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "youth_interview_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    held_on = table.Column<int>(type: "INTEGER", nullable: false),
                    lead = table.Column<string>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    other_panel_members = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_interview_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_youth_interview_sessions_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_interview_sessions_youth_mayor_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "youth_mayor_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_round_results",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ballots = table.Column<int>(type: "INTEGER", nullable: false),
                    watermark = table.Column<long>(type: "INTEGER", nullable: false),
                    computed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_round_results", x => x.round_id);
                    table.ForeignKey(
                        name: "fk_budgeting_round_results_budgeting_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "budgeting_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "council_terms",
                columns: table => new
                {
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    council_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    starts_on = table.Column<int>(type: "INTEGER", nullable: false),
                    ends_on = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_terms", x => new { x.council_id, x.number });
                    table.ForeignKey(
                        name: "fk_council_terms_councils_council_id",
                        column: x => x.council_id,
                        principalTable: "councils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_agenda_items",
                columns: table => new
                {
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    decision_abstentions = table.Column<int>(type: "INTEGER", nullable: true),
                    decision_attendees = table.Column<int>(type: "INTEGER", nullable: true),
                    decision_decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decision_item_number = table.Column<int>(type: "INTEGER", nullable: true),
                    decision_majority = table.Column<int>(type: "INTEGER", nullable: true),
                    decision_outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    decision_quorum_met = table.Column<bool>(type: "INTEGER", nullable: true),
                    decision_votes_against = table.Column<int>(type: "INTEGER", nullable: true),
                    decision_votes_for = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_agenda_items", x => new { x.meeting_id, x.number });
                    table.ForeignKey(
                        name: "fk_meeting_agenda_items_neighbourhood_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "neighbourhood_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_ballots",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    voter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    choice = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    cast_at = table.Column<long>(type: "INTEGER", nullable: false),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    entered_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    replacements = table.Column<int>(type: "INTEGER", nullable: false),
                    change = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_ballots", x => new { x.round_id, x.voter_id });
                    table.ForeignKey(
                        name: "fk_budgeting_ballots_budgeting_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "budgeting_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_budgeting_ballots_residents_voter_id",
                        column: x => x.voter_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "citizen_ideas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    proposer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    field_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    estimated_cost = table.Column<long>(type: "INTEGER", nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    first_submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    previous_version_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    next_version_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    last_changed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    progress_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    moderation_round = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_citizen_ideas", x => x.id);
                    table.ForeignKey(
                        name: "fk_citizen_ideas_citizen_ideas_previous_version_id",
                        column: x => x.previous_version_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_citizen_ideas_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_citizen_ideas_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_citizen_ideas_residents_proposer_id",
                        column: x => x.proposer_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "council_memberships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<int>(type: "INTEGER", nullable: false),
                    term_number = table.Column<int>(type: "INTEGER", nullable: false),
                    started_on = table.Column<int>(type: "INTEGER", nullable: false),
                    term_ends_on = table.Column<int>(type: "INTEGER", nullable: false),
                    ended_on = table.Column<int>(type: "INTEGER", nullable: true),
                    end_reason = table.Column<int>(type: "INTEGER", nullable: true),
                    end_note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    council_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_memberships", x => x.id);
                    table.ForeignKey(
                        name: "fk_council_memberships_councils_council_id",
                        column: x => x.council_id,
                        principalTable: "councils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_council_memberships_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendees",
                columns: table => new
                {
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_attendees", x => new { x.meeting_id, x.position });
                    table.ForeignKey(
                        name: "fk_meeting_attendees_neighbourhood_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "neighbourhood_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_attendees_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "youth_mayor_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gender = table.Column<int>(type: "INTEGER", nullable: false),
                    applied_on = table.Column<int>(type: "INTEGER", nullable: false),
                    is_minor_at_call = table.Column<bool>(type: "INTEGER", nullable: false),
                    shortlisted_on = table.Column<int>(type: "INTEGER", nullable: true),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    guardian_consent_given_on = table.Column<int>(type: "INTEGER", nullable: true),
                    guardian_consent_relationship = table.Column<int>(type: "INTEGER", nullable: true),
                    guardian_consent_guardian_name_family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    guardian_consent_guardian_name_given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_mayor_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_youth_mayor_applications_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_mayor_applications_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_mayor_applications_youth_mayor_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "youth_mayor_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "youth_mayor_elections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    seat = table.Column<int>(type: "INTEGER", nullable: false),
                    poll_opens_on = table.Column<int>(type: "INTEGER", nullable: false),
                    poll_closes_on = table.Column<int>(type: "INTEGER", nullable: false),
                    counted_on = table.Column<int>(type: "INTEGER", nullable: true),
                    winner = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    ballot_piles = table.Column<string>(type: "TEXT", nullable: false),
                    voters = table.Column<string>(type: "TEXT", nullable: false),
                    voter_age_window_maximum_age = table.Column<int>(type: "INTEGER", nullable: false),
                    voter_age_window_minimum_age = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_mayor_elections", x => x.id);
                    table.ForeignKey(
                        name: "fk_youth_mayor_elections_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_mayor_elections_residents_winner",
                        column: x => x.winner,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_mayor_elections_youth_mayor_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "youth_mayor_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "youth_mayors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gender = table.Column<int>(type: "INTEGER", nullable: false),
                    chosen_on = table.Column<int>(type: "INTEGER", nullable: false),
                    elected_in = table.Column<Guid>(type: "TEXT", nullable: true),
                    team_seats = table.Column<int>(type: "INTEGER", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    selected_by_family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    selected_by_given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_mayors", x => x.id);
                    table.ForeignKey(
                        name: "fk_youth_mayors_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_mayors_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_mayors_youth_mayor_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "youth_mayor_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "youth_interviews",
                columns: table => new
                {
                    interview_session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_interviews", x => new { x.interview_session_id, x.position });
                    table.ForeignKey(
                        name: "fk_youth_interviews_youth_interview_sessions_interview_session_id",
                        column: x => x.interview_session_id,
                        principalTable: "youth_interview_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_votes",
                columns: table => new
                {
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agenda_item_number = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    choice = table.Column<int>(type: "INTEGER", nullable: false),
                    cast_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_votes", x => new { x.meeting_id, x.agenda_item_number, x.position });
                    table.ForeignKey(
                        name: "fk_meeting_votes_meeting_agenda_items_meeting_id_agenda_item_number",
                        columns: x => new { x.meeting_id, x.agenda_item_number },
                        principalTable: "meeting_agenda_items",
                        principalColumns: new[] { "meeting_id", "number" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_votes_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_round_projects",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    idea_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    cost = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_round_projects", x => new { x.round_id, x.position });
                    table.ForeignKey(
                        name: "fk_budgeting_round_projects_budgeting_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "budgeting_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_budgeting_round_projects_citizen_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idea_endorsements",
                columns: table => new
                {
                    idea_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_endorsements", x => new { x.idea_id, x.position });
                    table.ForeignKey(
                        name: "fk_idea_endorsements_citizen_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_idea_endorsements_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idea_implementers",
                columns: table => new
                {
                    idea_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_by_official_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    recorded_by_official_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by_resident_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_implementers", x => new { x.idea_id, x.position });
                    table.ForeignKey(
                        name: "fk_idea_implementers_citizen_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_idea_implementers_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idea_milestones",
                columns: table => new
                {
                    idea_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    reached_on = table.Column<int>(type: "INTEGER", nullable: false),
                    progress_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_by_official_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    recorded_by_official_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by_resident_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_milestones", x => new { x.idea_id, x.position });
                    table.ForeignKey(
                        name: "fk_idea_milestones_citizen_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idea_reports",
                columns: table => new
                {
                    idea_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    reporter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_reports", x => new { x.idea_id, x.position });
                    table.ForeignKey(
                        name: "fk_idea_reports_citizen_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_idea_reports_residents_reporter_id",
                        column: x => x.reporter_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idea_transitions",
                columns: table => new
                {
                    idea_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    from_status = table.Column<int>(type: "INTEGER", nullable: false),
                    to_status = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    by_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    by_official_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    by_official_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    by_resident_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_transitions", x => new { x.idea_id, x.position });
                    table.ForeignKey(
                        name: "fk_idea_transitions_citizen_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idea_visibility_changes",
                columns: table => new
                {
                    idea_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    from_visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    to_visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    by_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    by_official_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    by_official_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    by_resident_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_visibility_changes", x => new { x.idea_id, x.position });
                    table.ForeignKey(
                        name: "fk_idea_visibility_changes_citizen_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "youth_election_candidates",
                columns: table => new
                {
                    election_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_election_candidates", x => new { x.election_id, x.position });
                    table.ForeignKey(
                        name: "fk_youth_election_candidates_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_election_candidates_youth_mayor_elections_election_id",
                        column: x => x.election_id,
                        principalTable: "youth_mayor_elections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "youth_team_members",
                columns: table => new
                {
                    youth_mayor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    urban_field_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    joined_on = table.Column<int>(type: "INTEGER", nullable: false),
                    is_minor_on_joining = table.Column<bool>(type: "INTEGER", nullable: false),
                    guardian_consent_given_on = table.Column<int>(type: "INTEGER", nullable: true),
                    guardian_consent_relationship = table.Column<int>(type: "INTEGER", nullable: true),
                    guardian_consent_guardian_name_family_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    guardian_consent_guardian_name_given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youth_team_members", x => new { x.youth_mayor_id, x.position });
                    table.ForeignKey(
                        name: "fk_youth_team_members_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_team_members_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_youth_team_members_youth_mayors_youth_mayor_id",
                        column: x => x.youth_mayor_id,
                        principalTable: "youth_mayors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_ballots_change",
                table: "budgeting_ballots",
                column: "change",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_ballots_round_id_change",
                table: "budgeting_ballots",
                columns: new[] { "round_id", "change" });

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_ballots_voter_id",
                table: "budgeting_ballots",
                column: "voter_id");

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_round_projects_idea_id",
                table: "budgeting_round_projects",
                column: "idea_id");

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_round_projects_round_id_idea_id",
                table: "budgeting_round_projects",
                columns: new[] { "round_id", "idea_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_rounds_municipality_id_voting_opens_on",
                table: "budgeting_rounds",
                columns: new[] { "municipality_id", "voting_opens_on" });

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_rounds_neighbourhood_id",
                table: "budgeting_rounds",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_figures",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "next_version_id", "first_submitted_at", "status", "visibility", "neighbourhood_id" });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_list",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility", "next_version_id", "submitted_at", "id" },
                descending: new[] { false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_list_by_field",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility", "next_version_id", "field_key", "submitted_at", "id" },
                descending: new[] { false, false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_list_by_neighbourhood",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility", "next_version_id", "neighbourhood_id", "submitted_at", "id" },
                descending: new[] { false, false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_list_by_status",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility", "next_version_id", "status", "submitted_at", "id" },
                descending: new[] { false, false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_municipality_id_field_key",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "field_key" });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_municipality_id_status_submitted_at",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_neighbourhood_id",
                table: "citizen_ideas",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_next_version_id",
                table: "citizen_ideas",
                column: "next_version_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_previous_version_id",
                table: "citizen_ideas",
                column: "previous_version_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_proposer_id_submitted_at",
                table: "citizen_ideas",
                columns: new[] { "proposer_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_council_memberships_council_id_position",
                table: "council_memberships",
                columns: new[] { "council_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_council_memberships_resident_id",
                table: "council_memberships",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_council_memberships_term_ends_on",
                table: "council_memberships",
                column: "term_ends_on");

            migrationBuilder.CreateIndex(
                name: "ux_council_memberships_one_current_holder_per_role",
                table: "council_memberships",
                columns: new[] { "council_id", "role" },
                unique: true,
                filter: "ended_on IS NULL AND role <> 4");

            migrationBuilder.CreateIndex(
                name: "ux_council_memberships_one_current_seat_per_resident",
                table: "council_memberships",
                columns: new[] { "council_id", "resident_id" },
                unique: true,
                filter: "ended_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_councils_municipality_id_status_kind",
                table: "councils",
                columns: new[] { "municipality_id", "status", "kind" });

            migrationBuilder.CreateIndex(
                name: "ux_councils_one_live_per_neighbourhood_and_kind",
                table: "councils",
                columns: new[] { "neighbourhood_id", "kind" },
                unique: true,
                filter: "status <> 3");

            migrationBuilder.CreateIndex(
                name: "ix_domain_events_aggregate_id_aggregate_version",
                table: "domain_events",
                columns: new[] { "aggregate_id", "aggregate_version" });

            migrationBuilder.CreateIndex(
                name: "ix_idea_endorsements_idea_id_at",
                table: "idea_endorsements",
                columns: new[] { "idea_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_idea_endorsements_idea_id_resident_id",
                table: "idea_endorsements",
                columns: new[] { "idea_id", "resident_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idea_endorsements_resident_id",
                table: "idea_endorsements",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_idea_implementers_idea_id_resident_id",
                table: "idea_implementers",
                columns: new[] { "idea_id", "resident_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idea_implementers_resident_id",
                table: "idea_implementers",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_idea_reports_idea_id_reporter_id_round",
                table: "idea_reports",
                columns: new[] { "idea_id", "reporter_id", "round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idea_reports_reporter_id",
                table: "idea_reports",
                column: "reporter_id");

            migrationBuilder.CreateIndex(
                name: "ix_idea_transitions_at",
                table: "idea_transitions",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendees_meeting_id_resident_id",
                table: "meeting_attendees",
                columns: new[] { "meeting_id", "resident_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendees_resident_id",
                table: "meeting_attendees",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_votes_meeting_id_agenda_item_number_resident_id",
                table: "meeting_votes",
                columns: new[] { "meeting_id", "agenda_item_number", "resident_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_votes_resident_id",
                table: "meeting_votes",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_neighbourhood_meetings_neighbourhood_id_starts_at",
                table: "neighbourhood_meetings",
                columns: new[] { "neighbourhood_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_neighbourhoods_municipality_id_number",
                table: "neighbourhoods",
                columns: new[] { "municipality_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_residents_birth_date",
                table: "residents",
                column: "birth_date");

            migrationBuilder.CreateIndex(
                name: "ix_residents_neighbourhood_id_is_active_citizen",
                table: "residents",
                columns: new[] { "neighbourhood_id", "is_active_citizen" });

            migrationBuilder.CreateIndex(
                name: "ix_youth_election_candidates_election_id_resident_id",
                table: "youth_election_candidates",
                columns: new[] { "election_id", "resident_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youth_election_candidates_resident_id",
                table: "youth_election_candidates",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_interview_sessions_campaign_id_position",
                table: "youth_interview_sessions",
                columns: new[] { "campaign_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youth_interview_sessions_neighbourhood_id",
                table: "youth_interview_sessions",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_interviews_application_id",
                table: "youth_interviews",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_interviews_interview_session_id_application_id",
                table: "youth_interviews",
                columns: new[] { "interview_session_id", "application_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayor_applications_campaign_id_position",
                table: "youth_mayor_applications",
                columns: new[] { "campaign_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayor_applications_campaign_id_resident_id",
                table: "youth_mayor_applications",
                columns: new[] { "campaign_id", "resident_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayor_applications_neighbourhood_id",
                table: "youth_mayor_applications",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayor_applications_resident_id",
                table: "youth_mayor_applications",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayor_campaigns_municipality_id_call_opens_on",
                table: "youth_mayor_campaigns",
                columns: new[] { "municipality_id", "call_opens_on" });

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayor_elections_campaign_id_neighbourhood_id_seat",
                table: "youth_mayor_elections",
                columns: new[] { "campaign_id", "neighbourhood_id", "seat" });

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayor_elections_neighbourhood_id",
                table: "youth_mayor_elections",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayor_elections_winner",
                table: "youth_mayor_elections",
                column: "winner");

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayors_campaign_id_position",
                table: "youth_mayors",
                columns: new[] { "campaign_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayors_campaign_id_resident_id",
                table: "youth_mayors",
                columns: new[] { "campaign_id", "resident_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayors_neighbourhood_id",
                table: "youth_mayors",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_mayors_resident_id",
                table: "youth_mayors",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_team_members_neighbourhood_id",
                table: "youth_team_members",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_team_members_resident_id",
                table: "youth_team_members",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_youth_team_members_youth_mayor_id_resident_id",
                table: "youth_team_members",
                columns: new[] { "youth_mayor_id", "resident_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budgeting_ballots");

            migrationBuilder.DropTable(
                name: "budgeting_round_projects");

            migrationBuilder.DropTable(
                name: "budgeting_round_results");

            migrationBuilder.DropTable(
                name: "council_memberships");

            migrationBuilder.DropTable(
                name: "council_terms");

            migrationBuilder.DropTable(
                name: "domain_events");

            migrationBuilder.DropTable(
                name: "idea_counts_by_month");

            migrationBuilder.DropTable(
                name: "idea_counts_by_neighbourhood");

            migrationBuilder.DropTable(
                name: "idea_endorsements");

            migrationBuilder.DropTable(
                name: "idea_implementers");

            migrationBuilder.DropTable(
                name: "idea_milestones");

            migrationBuilder.DropTable(
                name: "idea_reports");

            migrationBuilder.DropTable(
                name: "idea_transitions");

            migrationBuilder.DropTable(
                name: "idea_visibility_changes");

            migrationBuilder.DropTable(
                name: "meeting_attendees");

            migrationBuilder.DropTable(
                name: "meeting_votes");

            migrationBuilder.DropTable(
                name: "municipality_phase_launches");

            migrationBuilder.DropTable(
                name: "youth_campaign_stages");

            migrationBuilder.DropTable(
                name: "youth_election_candidates");

            migrationBuilder.DropTable(
                name: "youth_interviews");

            migrationBuilder.DropTable(
                name: "youth_mayor_applications");

            migrationBuilder.DropTable(
                name: "youth_team_members");

            migrationBuilder.DropTable(
                name: "budgeting_rounds");

            migrationBuilder.DropTable(
                name: "councils");

            migrationBuilder.DropTable(
                name: "citizen_ideas");

            migrationBuilder.DropTable(
                name: "meeting_agenda_items");

            migrationBuilder.DropTable(
                name: "youth_mayor_elections");

            migrationBuilder.DropTable(
                name: "youth_interview_sessions");

            migrationBuilder.DropTable(
                name: "youth_mayors");

            migrationBuilder.DropTable(
                name: "neighbourhood_meetings");

            migrationBuilder.DropTable(
                name: "residents");

            migrationBuilder.DropTable(
                name: "youth_mayor_campaigns");

            migrationBuilder.DropTable(
                name: "neighbourhoods");

            migrationBuilder.DropTable(
                name: "municipalities");
        }
    }
}
