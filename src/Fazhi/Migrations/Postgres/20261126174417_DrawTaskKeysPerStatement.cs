using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <summary>A draw writes tens of thousands of tasks at once, and PostgreSQL checks a foreign key row by row
    /// (one lookup and one row lock per task and key: about half a second a key for a province's draw). The two
    /// keys of InspectionTasks (its object; its plan with the plan's agency) are checked instead once per
    /// statement, over the statement's rows; a parent is deleted or re-keyed only when no task refers to it, with
    /// the tasks table locked against writers still uncommitted. The model keeps both relationships, so SQLite
    /// keeps its keys; a change to either relationship must drop these triggers first.</summary>
    public partial class DrawTaskKeysPerStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InspectionTasks_InspectionObjects_ObjectId", table: "InspectionTasks");
            migrationBuilder.DropForeignKey(
                name: "FK_InspectionTasks_InspectionPlans_PlanId_UnitId", table: "InspectionTasks");
            migrationBuilder.Sql("""
                CREATE FUNCTION fazhi_inspection_task_keys() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM written_tasks t WHERE NOT EXISTS
                      (SELECT 1 FROM "InspectionObjects" o WHERE o."Id" = t."ObjectId")) THEN
                    RAISE foreign_key_violation USING MESSAGE = '检查任务的检查对象不存在',
                      CONSTRAINT = 'FK_InspectionTasks_InspectionObjects_ObjectId';
                  END IF;
                  IF EXISTS (SELECT 1 FROM written_tasks t WHERE NOT EXISTS (SELECT 1 FROM "InspectionPlans" p
                      WHERE p."Id" = t."PlanId" AND p."UnitId" = t."UnitId")) THEN
                    RAISE foreign_key_violation USING MESSAGE = '检查任务的抽查计划不存在或不属于该单位',
                      CONSTRAINT = 'FK_InspectionTasks_InspectionPlans_PlanId_UnitId';
                  END IF;
                  RETURN NULL;
                END $$;
                CREATE TRIGGER inspection_task_keys_on_insert AFTER INSERT ON "InspectionTasks"
                  REFERENCING NEW TABLE AS written_tasks FOR EACH STATEMENT
                  EXECUTE FUNCTION fazhi_inspection_task_keys();
                CREATE TRIGGER inspection_task_keys_on_update AFTER UPDATE ON "InspectionTasks"
                  REFERENCING NEW TABLE AS written_tasks FOR EACH STATEMENT
                  EXECUTE FUNCTION fazhi_inspection_task_keys();

                CREATE FUNCTION fazhi_inspection_task_parent() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  -- Waits for writers of tasks still uncommitted, so their tasks are seen below.
                  LOCK TABLE "InspectionTasks" IN SHARE MODE;
                  IF TG_TABLE_NAME = 'InspectionObjects'
                     AND EXISTS (SELECT 1 FROM "InspectionTasks" t WHERE t."ObjectId" = OLD."Id") THEN
                    RAISE foreign_key_violation USING MESSAGE = '检查对象已有检查任务，不能删除或改号',
                      CONSTRAINT = 'FK_InspectionTasks_InspectionObjects_ObjectId';
                  END IF;
                  IF TG_TABLE_NAME = 'InspectionPlans' AND EXISTS (SELECT 1 FROM "InspectionTasks" t
                      WHERE t."PlanId" = OLD."Id" AND t."UnitId" = OLD."UnitId") THEN
                    RAISE foreign_key_violation USING MESSAGE = '抽查计划已有检查任务，不能删除或改号',
                      CONSTRAINT = 'FK_InspectionTasks_InspectionPlans_PlanId_UnitId';
                  END IF;
                  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
                END $$;
                CREATE TRIGGER inspection_object_tasks BEFORE DELETE OR UPDATE OF "Id" ON "InspectionObjects"
                  FOR EACH ROW EXECUTE FUNCTION fazhi_inspection_task_parent();
                CREATE TRIGGER inspection_plan_tasks BEFORE DELETE OR UPDATE OF "Id", "UnitId" ON "InspectionPlans"
                  FOR EACH ROW EXECUTE FUNCTION fazhi_inspection_task_parent();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER inspection_plan_tasks ON "InspectionPlans";
                DROP TRIGGER inspection_object_tasks ON "InspectionObjects";
                DROP TRIGGER inspection_task_keys_on_update ON "InspectionTasks";
                DROP TRIGGER inspection_task_keys_on_insert ON "InspectionTasks";
                DROP FUNCTION fazhi_inspection_task_parent();
                DROP FUNCTION fazhi_inspection_task_keys();
                """);
            migrationBuilder.AddForeignKey(
                name: "FK_InspectionTasks_InspectionObjects_ObjectId", table: "InspectionTasks",
                column: "ObjectId", principalTable: "InspectionObjects", principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(
                name: "FK_InspectionTasks_InspectionPlans_PlanId_UnitId", table: "InspectionTasks",
                columns: ["PlanId", "UnitId"], principalTable: "InspectionPlans",
                principalColumns: ["Id", "UnitId"], onDelete: ReferentialAction.Cascade);
        }
    }
}
