/// A committee paper as a tagged PDF.
public enum PaperPDF {}
