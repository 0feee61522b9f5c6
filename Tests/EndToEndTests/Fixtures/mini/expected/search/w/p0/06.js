plansiteSearchLoaded("w/p0/06",{
"06":[0,17,0,18,0,23]
});
