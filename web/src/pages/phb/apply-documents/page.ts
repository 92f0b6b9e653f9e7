import { maxPhbDocuments } from "@front-door/contracts";
import { applyPage } from "../apply-frame.ts";

export const phbApplyDocumentsPage = applyPage({
  step: "documents",
  title: "Supporting documents",
  before: `<h1>Add supporting documents (optional)</h1>
              <p>Letters or reports that help the PHB team understand the needs: for example, a care assessment, a letter from a consultant, or a care plan you have now.</p>
              <p>PDF, JPEG or PNG files, up to 10MB each, up to ${maxPhbDocuments} files. Only you and the ICB's PHB team can see them.</p>
              <div id="documents-list"></div>
              <form id="upload-form" novalidate>
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label nhsuk-label--s" for="document-file">Choose a file</label>
                  <input class="nhsuk-file-upload" id="document-file" name="document-file" type="file" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png">
                </div>
                <button class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" type="submit" id="upload-button">Upload file</button>
                <p id="upload-status" class="nhsuk-body-s" aria-live="polite"></p>
              </form>`,
  form: "",
});
