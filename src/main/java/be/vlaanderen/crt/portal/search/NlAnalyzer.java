package be.vlaanderen.crt.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch for search: words lower-cased, accents folded ("continuïteit" = "continuiteit"), Dutch stop
 * words dropped and stems taken with the Snowball Dutch stemmer ("oefeningen" = "oefening"). With
 * {@code stem = false} it keeps whole words, for the spelling suggestions.
 */
public final class NlAnalyzer extends Analyzer {

  private final boolean stem;

  public NlAnalyzer(boolean stem) {
    this.stem = stem;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new ASCIIFoldingFilter(stream);
    if (stem) {
      stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
      stream = new SnowballFilter(stream, new DutchStemmer());
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
