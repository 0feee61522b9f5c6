plansiteSearchLoaded("w/p0/su",{
"suat":[0,-7]
});
