# Widow and orphan control for the delivery document's PDF, which asciidoctor-pdf 2.3 lacks (its convert_paragraph
# says "TODO: check if we're within one line of the bottom of the page"): a paragraph of a section that would leave a
# single line at the bottom of a page (orphan) or carry a single line over to the next one (widow) starts on the next
# page instead. The layout check document.layout.widow / .orphan verifies the result on the rendered PDF.
class ArchgenPdfConverter < (Asciidoctor::Converter.for 'pdf')
  register_for 'pdf'

  SECTION_LEVEL = [:section, :preamble, :document]

  def convert_paragraph node, opts = nil
    advance_page if opts.nil? && !scratch? && !at_page_top? && !node.title? &&
        (SECTION_LEVEL.include? node.parent.context) && single_line_split?(node)
    super
  end

  private

  # Whether the paragraph, set from the cursor, would leave one line alone on either page.
  def single_line_split? node
    one = height_of_typeset_text 'x'
    pitch = (height_of_typeset_text %(x\nx)) - one
    return false unless pitch > 0
    lines = (((height_of_typeset_text node.content, inline_format: [{ normalize: true }]) - one) / pitch).round + 1
    fitting = cursor < one ? 0 : ((cursor - one) / pitch).floor + 1
    fitting > 0 && fitting < lines && (fitting == 1 || lines - fitting == 1)
  end
end
